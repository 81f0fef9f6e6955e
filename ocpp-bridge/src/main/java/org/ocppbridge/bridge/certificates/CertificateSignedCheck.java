package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The checks of a CertificateSigned chain for the station certificate (A02/A03), in this order; the first that
 * fails rejects it (A02.FR.07: Rejected, and the caller raises InvalidChargingStationCertificate):
 *
 * <ol>
 *   <li>PEM longer than MaxCertificateChainSize bytes: TooLargeElement;
 *   <li>not PEM certificates: InvalidCertificate;
 *   <li>the first certificate's key is not the station's: InvalidCertificate (a certificate for someone else's
 *       key is useless, and never installed);
 *   <li>a certificate of the chain not valid now: InvalidCertificate;
 *   <li>a link of the chain whose issuer name differs, whose signature does not verify with the next certificate's
 *       key, or whose next certificate is not a CA: InvalidCertificate;
 *   <li>the last certificate neither is a trust anchor nor is signed by one (a CSMS root installed with
 *       InstallCertificate, or {@code --csms-ca}) that is valid now: InvalidCertificate.
 * </ol>
 */
public final class CertificateSignedCheck {

    private final Clock clock;

    public CertificateSignedCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param maxCertificateChainSize SecurityCtrlr.MaxCertificateChainSize, bytes of PEM
     * @param stationKey the public key of the station's key pair (the one the CSR carried)
     * @param anchors the CSMS roots the chain may end at
     */
    public SignedChainDecision check(
            String certificateChain, int maxCertificateChainSize, PublicKey stationKey, List<X509Certificate> anchors) {
        if (certificateChain.getBytes(StandardCharsets.UTF_8).length > maxCertificateChainSize) {
            return SignedChainDecision.rejected(
                    "TooLargeElement", "longer than MaxCertificateChainSize " + maxCertificateChainSize);
        }
        List<X509Certificate> chain;
        try {
            chain = PemFiles.parseOnlyCertificates(certificateChain, "certificateChain");
        } catch (IOException e) {
            return SignedChainDecision.rejected("InvalidCertificate", "not a PEM certificate chain");
        }
        if (!CertificateFacts.sameKey(chain.get(0).getPublicKey(), stationKey)) {
            return SignedChainDecision.rejected("InvalidCertificate", "not issued for the station's key");
        }
        Instant now = clock.instant();
        for (int i = 0; i < chain.size(); i++) {
            if (!CertificateFacts.validAt(chain.get(i), now)) {
                return SignedChainDecision.rejected(
                        "InvalidCertificate", "certificate " + (i + 1) + " of the chain is not valid now");
            }
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!issues(chain.get(i + 1), chain.get(i))) {
                return SignedChainDecision.rejected(
                        "InvalidCertificate",
                        "certificate " + (i + 2) + " of the chain did not issue certificate " + (i + 1));
            }
        }
        X509Certificate last = chain.get(chain.size() - 1);
        boolean anchored = anchors.stream()
                .anyMatch(anchor -> CertificateFacts.sameCertificate(anchor, last)
                        || (CertificateFacts.validAt(anchor, now) && issues(anchor, last)));
        if (!anchored) {
            return SignedChainDecision.rejected("InvalidCertificate", "does not chain to a known CSMS root");
        }
        return SignedChainDecision.accepted(chain);
    }

    private static boolean issues(X509Certificate issuer, X509Certificate issued) {
        return CertificateFacts.isCa(issuer)
                && issuer.getSubjectX500Principal().equals(issued.getIssuerX500Principal())
                && CertificateFacts.signedBy(issued, issuer.getPublicKey());
    }
}
