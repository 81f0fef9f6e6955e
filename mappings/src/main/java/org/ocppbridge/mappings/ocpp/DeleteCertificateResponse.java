package org.ocppbridge.mappings.ocpp;

/** {@code DeleteCertificateResponse}; {@code statusInfo} is null when absent. */
public record DeleteCertificateResponse(DeleteCertificateStatusEnumType status, StatusInfoType statusInfo) {

    public DeleteCertificateResponse {
        Constraints.required(status, "DeleteCertificateResponse", "status");
    }

    public static DeleteCertificateResponse accepted() {
        return new DeleteCertificateResponse(DeleteCertificateStatusEnumType.Accepted, null);
    }

    public static DeleteCertificateResponse notFound() {
        return new DeleteCertificateResponse(DeleteCertificateStatusEnumType.NotFound, null);
    }

    /** @param additionalInfo null when there is nothing to add */
    public static DeleteCertificateResponse failed(String reasonCode, String additionalInfo) {
        return new DeleteCertificateResponse(
                DeleteCertificateStatusEnumType.Failed, new StatusInfoType(reasonCode, additionalInfo));
    }
}
