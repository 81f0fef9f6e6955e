package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.ocppbridge.bridge.certificates.PemFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a firmware signing certificate may be used (L01.FR.02/22): a PEM X.509 certificate (optionally
 * followed by intermediates) that chains under PKIX to a trust anchor, valid at the injected clock's time, and not
 * revoked by a CRL of any issuer on its path. The trust anchors are the roots of {@code --firmware-trust-anchor}
 * and the ManufacturerRootCertificates the CSMS installed (M05), both read anew for every request, so a root
 * installed or deleted counts for the next UpdateFirmware.
 */
final class SigningCertificateCheck {

    private static final Logger log = LoggerFactory.getLogger(SigningCertificateCheck.class);

    enum Outcome {
        VALID,
        INVALID,
        REVOKED
    }

    /**
     * @param leaf the signing certificate when it could be parsed, else null
     * @param reason why, for the log (never sent to the CSMS)
     */
    record Verdict(Outcome outcome, X509Certificate leaf, String reason) {
        Verdict {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final Path trustAnchorPem; // null when none is configured
    private final Supplier<? extends Collection<X509Certificate>> installedRoots;
    private final RevocationCheck revocation;
    private final Clock clock;

    SigningCertificateCheck(Path trustAnchorPem, RevocationCheck revocation, Clock clock) {
        this(Objects.requireNonNull(trustAnchorPem, "trustAnchorPem"), List::of, revocation, clock);
    }

    /**
     * @param trustAnchorPem the configured roots, or null
     * @param installedRoots the ManufacturerRootCertificates installed now
     */
    SigningCertificateCheck(
            Path trustAnchorPem,
            Supplier<? extends Collection<X509Certificate>> installedRoots,
            RevocationCheck revocation,
            Clock clock) {
        this.trustAnchorPem = trustAnchorPem;
        this.installedRoots = Objects.requireNonNull(installedRoots, "installedRoots");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether any trust anchor exists now: a configured file, or an installed root. A configured file that cannot
     * be read counts (the check then reports it), so a broken file is not mistaken for "none configured".
     */
    boolean hasTrustAnchors() {
        return trustAnchorPem != null || !installedRoots.get().isEmpty();
    }

    /** Parses the first certificate of {@code pem}; null when there is none. */
    static X509Certificate parseLeaf(String pem) {
        List<X509Certificate> all = parseAll(pem);
        return all.isEmpty() ? null : all.get(0);
    }

    Verdict check(String pem) {
        List<X509Certificate> chain = parseAll(pem);
        if (chain.isEmpty()) {
            return new Verdict(Outcome.INVALID, null, "signingCertificate is not a PEM X.509 certificate");
        }
        X509Certificate leaf = chain.get(0);
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        for (X509Certificate extra : chain.subList(1, chain.size())) {
            // Self-signed certificates sent along are ignored: only the configured roots are trusted.
            if (!extra.getSubjectX500Principal().equals(extra.getIssuerX500Principal())) {
                path.add(extra);
            }
        }
        PKIXCertPathValidatorResult result;
        try {
            PKIXParameters parameters = new PKIXParameters(trustAnchors());
            parameters.setDate(Date.from(clock.instant()));
            parameters.setRevocationEnabled(false); // revocation is checked below, with our own CRL sources
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            result = (PKIXCertPathValidatorResult)
                    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException e) {
            return new Verdict(Outcome.INVALID, leaf, "does not chain to a trust anchor now: " + e.getMessage());
        }
        X509Certificate anchor = result.getTrustAnchor().getTrustedCert();
        for (int i = 0; i < path.size(); i++) {
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : anchor;
            if (revocation.isRevoked(path.get(i), issuer)) {
                return new Verdict(
                        Outcome.REVOKED,
                        leaf,
                        "revoked by its issuer: " + path.get(i).getSubjectX500Principal());
            }
        }
        return new Verdict(Outcome.VALID, leaf, "valid");
    }

    /**
     * For {@link FirmwareWarmup}: validates the first trust anchor as a path of its own (PKIX with revocation off,
     * so no CRL is fetched) and verifies, with its key, bytes that are no signature; both results are dropped. What
     * is left behind is the JVM's: the classes and the providers' set-up the first real check would load.
     */
    void warmUp() {
        Set<TrustAnchor> anchors;
        try {
            anchors = trustAnchors();
        } catch (GeneralSecurityException e) {
            return; // an unreadable anchor file: the first UpdateFirmware reports it
        }
        if (anchors.isEmpty()) {
            return;
        }
        X509Certificate root = anchors.iterator().next().getTrustedCert();
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(clock.instant()));
            parameters.setRevocationEnabled(false);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(List.of(root));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException e) {
            // e.g. a root past its notAfter: nothing to learn here, the real check reports it
        }
        String algorithm = SignatureCheck.algorithmFor(root);
        if (algorithm != null) {
            new SignatureCheck(root, algorithm, notASignature(root)).verifyDigest(new byte[32]);
        }
    }

    /** Bytes of the key's signature form that verify nothing: RSA's length of zeros, ECDSA's (r, s) = (1, 1). */
    private static byte[] notASignature(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof java.security.interfaces.RSAPublicKey rsa) {
            return new byte[(rsa.getModulus().bitLength() + 7) / 8];
        }
        return new byte[] {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01};
    }

    private Set<TrustAnchor> trustAnchors() throws GeneralSecurityException {
        Set<TrustAnchor> anchors = new HashSet<>();
        if (trustAnchorPem != null) {
            try {
                for (X509Certificate certificate : PemFiles.readCertificates(trustAnchorPem)) {
                    anchors.add(new TrustAnchor(certificate, null));
                }
            } catch (IOException e) {
                throw new GeneralSecurityException("cannot read the trust anchor file: " + e.getMessage(), e);
            }
        }
        for (X509Certificate installed : installedRoots.get()) {
            anchors.add(new TrustAnchor(installed, null)); // M05: a ManufacturerRootCertificate the CSMS installed
        }
        if (anchors.isEmpty()) {
            throw new GeneralSecurityException("no firmware trust anchor (none configured, none installed)");
        }
        return anchors;
    }

    private static List<X509Certificate> parseAll(String pem) {
        try {
            return PemFiles.parseCertificates(pem, "signingCertificate");
        } catch (IOException e) {
            log.info("signingCertificate does not parse: {}", e.getMessage());
            return List.of();
        }
    }
}
