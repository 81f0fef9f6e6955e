package org.ocppbridge.mappings.ocpp;

/** {@code DeleteCertificateRequest} (M04): the certificate to delete. */
public record DeleteCertificateRequest(CertificateHashDataType certificateHashData) {

    public DeleteCertificateRequest {
        Constraints.required(certificateHashData, "DeleteCertificateRequest", "certificateHashData");
    }
}
