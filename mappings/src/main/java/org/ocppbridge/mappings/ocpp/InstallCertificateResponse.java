package org.ocppbridge.mappings.ocpp;

/** {@code InstallCertificateResponse}; {@code statusInfo} is null when absent. */
public record InstallCertificateResponse(InstallCertificateStatusEnumType status, StatusInfoType statusInfo) {

    public InstallCertificateResponse {
        Constraints.required(status, "InstallCertificateResponse", "status");
    }

    public static InstallCertificateResponse accepted() {
        return new InstallCertificateResponse(InstallCertificateStatusEnumType.Accepted, null);
    }

    /** @param additionalInfo null when there is nothing to add */
    public static InstallCertificateResponse rejected(String reasonCode, String additionalInfo) {
        return new InstallCertificateResponse(
                InstallCertificateStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo));
    }

    /** @param additionalInfo null when there is nothing to add */
    public static InstallCertificateResponse failed(String reasonCode, String additionalInfo) {
        return new InstallCertificateResponse(
                InstallCertificateStatusEnumType.Failed, new StatusInfoType(reasonCode, additionalInfo));
    }
}
