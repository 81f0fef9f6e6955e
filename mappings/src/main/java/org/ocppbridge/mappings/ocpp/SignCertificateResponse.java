package org.ocppbridge.mappings.ocpp;

/** {@code SignCertificateResponse}; {@code statusInfo} is null when absent. */
public record SignCertificateResponse(GenericStatusEnumType status, StatusInfoType statusInfo) {

    public SignCertificateResponse {
        Constraints.required(status, "SignCertificateResponse", "status");
    }

    public static SignCertificateResponse accepted() {
        return new SignCertificateResponse(GenericStatusEnumType.Accepted, null);
    }

    public static SignCertificateResponse rejected() {
        return new SignCertificateResponse(GenericStatusEnumType.Rejected, null);
    }
}
