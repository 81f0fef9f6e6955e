package org.ocppbridge.bridge.certificates;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the {@link CertificateStore}.
 *
 * @param id the file name stem: the type and the SHA-256 fingerprint of the first certificate
 * @param type what it is for
 * @param pending for the station certificate: accepted but not yet used for a connection that succeeded
 * @param chain the certificate first, then its issuers as they were received (a root is a chain of one)
 * @param installedAt when it was stored
 */
public record StoredCertificate(
        String id, StoredCertificateType type, boolean pending, List<X509Certificate> chain, Instant installedAt) {

    public StoredCertificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a stored certificate needs at least one certificate");
        }
        Objects.requireNonNull(installedAt, "installedAt");
    }

    /** The certificate itself (the first of the chain). */
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
