package org.ocppbridge.mappings.ocpp;

/**
 * {@code CertificateSignedRequest} (A02/A03).
 *
 * @param certificateChain PEM, the station certificate first; ≤ 10000 characters
 * @param certificateType null when absent
 */
public record CertificateSignedRequest(String certificateChain, CertificateSigningUseEnumType certificateType) {

    public CertificateSignedRequest {
        Constraints.requiredMaxLength(certificateChain, 10000, "CertificateSignedRequest", "certificateChain");
    }
}
