package org.ocppbridge.mappings.ocpp;

/** {@code CertificateSignedResponse}; {@code statusInfo} is null when absent. */
public record CertificateSignedResponse(CertificateSignedStatusEnumType status, StatusInfoType statusInfo) {

    public CertificateSignedResponse {
        Constraints.required(status, "CertificateSignedResponse", "status");
    }

    public static CertificateSignedResponse accepted() {
        return new CertificateSignedResponse(CertificateSignedStatusEnumType.Accepted, null);
    }

    /** @param additionalInfo null when there is nothing to add */
    public static CertificateSignedResponse rejected(String reasonCode, String additionalInfo) {
        return new CertificateSignedResponse(
                CertificateSignedStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo));
    }
}
