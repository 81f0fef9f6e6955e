package org.ocppbridge.mappings.ocpp;

/**
 * {@code InstallCertificateRequest} (M05).
 *
 * @param certificateType what the certificate is for
 * @param certificate PEM; ≤ 5500 characters
 */
public record InstallCertificateRequest(InstallCertificateUseEnumType certificateType, String certificate) {

    public InstallCertificateRequest {
        Constraints.required(certificateType, "InstallCertificateRequest", "certificateType");
        Constraints.requiredMaxLength(certificate, 5500, "InstallCertificateRequest", "certificate");
    }
}
