package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ocppbridge.mappings.ocpp.InstallCertificateRequest;

/**
 * The rules an InstallCertificate must pass (M05) before its certificate is stored, in this order:
 *
 * <ol>
 *   <li>a V2G or MO root: Rejected, UnsupportedRequest (the bridge keeps no ISO 15118 certificates);
 *   <li>PEM longer than MaxCertificateChainSize bytes: Rejected, TooLargeElement;
 *   <li>not exactly one parsable certificate: Rejected, InvalidCertificate;
 *   <li>not a CA certificate (basicConstraints cA): Rejected, InvalidCertificate;
 *   <li>not valid now (expired or not yet valid): Rejected, InvalidCertificate (TC_M_07);
 *   <li>neither self-signed nor signed by an installed root of the same type: Rejected, InvalidCertificate (a root
 *       must identify itself; its CertificateHashData needs its issuer's key);
 *   <li>already installed as that type: Accepted, nothing new stored;
 *   <li>CertificateEntries at its maximum: Failed, OutOfStorage (valid, but no room to keep it).
 * </ol>
 */
public final class InstallCertificateCheck {

    /**
     * @param maxCertificateChainSize SecurityCtrlr.MaxCertificateChainSize, bytes of PEM
     * @param maxCertificateEntries the maximum of SecurityCtrlr.CertificateEntries
     */
    public record Limits(int maxCertificateChainSize, int maxCertificateEntries) {}

    private final Clock clock;

    public InstallCertificateCheck(Clock clock) {
        this.clock = clock;
    }

    public InstallDecision check(InstallCertificateRequest request, Limits limits, CertificateStore store) {
        Optional<StoredCertificateType> kept = StoredCertificateType.of(request.certificateType());
        if (kept.isEmpty()) {
            return InstallDecision.rejected(
                    "UnsupportedRequest", request.certificateType() + " is not kept by this station");
        }
        StoredCertificateType type = kept.get();
        if (request.certificate().getBytes(StandardCharsets.UTF_8).length > limits.maxCertificateChainSize()) {
            return InstallDecision.rejected(
                    "TooLargeElement", "longer than MaxCertificateChainSize " + limits.maxCertificateChainSize());
        }
        List<X509Certificate> parsed;
        try {
            parsed = PemFiles.parseOnlyCertificates(request.certificate(), "certificate");
        } catch (IOException e) {
            return InstallDecision.rejected("InvalidCertificate", "not a PEM certificate");
        }
        if (parsed.size() != 1) {
            return InstallDecision.rejected("InvalidCertificate", "expected one certificate, got " + parsed.size());
        }
        X509Certificate certificate = parsed.get(0);
        if (!CertificateFacts.isCa(certificate)) {
            return InstallDecision.rejected("InvalidCertificate", "not a CA certificate (basicConstraints cA)");
        }
        Instant now = clock.instant();
        if (!CertificateFacts.validAt(certificate, now)) {
            return InstallDecision.rejected("InvalidCertificate", "not valid now (expired or not yet valid)");
        }
        List<X509Certificate> sameType = store.certificates(type);
        boolean anchored = CertificateFacts.selfSigned(certificate)
                || sameType.stream()
                        .anyMatch(root -> root.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                                && CertificateFacts.signedBy(certificate, root.getPublicKey()));
        if (!anchored) {
            return InstallDecision.rejected(
                    "InvalidCertificate", "neither self-signed nor issued by an installed " + type);
        }
        if (sameType.stream().anyMatch(c -> CertificateFacts.sameCertificate(c, certificate))) {
            return InstallDecision.accepted(type, certificate);
        }
        if (store.all().size() >= limits.maxCertificateEntries()) {
            return InstallDecision.failed(
                    "OutOfStorage", "CertificateEntries is at its maximum " + limits.maxCertificateEntries());
        }
        return InstallDecision.accepted(type, certificate);
    }
}
