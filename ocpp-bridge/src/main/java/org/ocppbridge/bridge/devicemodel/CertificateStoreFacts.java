package org.ocppbridge.bridge.devicemodel;

import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * What SecurityCtrlr reads of the certificate store (the store itself is the certificate plane's).
 *
 * @param entries how many certificates the store holds now (SecurityCtrlr.CertificateEntries)
 * @param maxEntries the most it keeps (CertificateEntries' maxLimit)
 * @param maxChainSize SecurityCtrlr.MaxCertificateChainSize, bytes of PEM
 */
public record CertificateStoreFacts(IntSupplier entries, int maxEntries, int maxChainSize) {

    public CertificateStoreFacts {
        Objects.requireNonNull(entries, "entries");
    }
}
