package org.ocppbridge.mappings.ocpp;

/** {@code UpdateFirmwareResponse}; {@code statusInfo} is null when absent. */
public record UpdateFirmwareResponse(UpdateFirmwareStatusEnumType status, StatusInfoType statusInfo) {

    public UpdateFirmwareResponse {
        Constraints.required(status, "UpdateFirmwareResponse", "status");
    }

    public static UpdateFirmwareResponse of(UpdateFirmwareStatusEnumType status) {
        return new UpdateFirmwareResponse(status, null);
    }

    public static UpdateFirmwareResponse accepted() {
        return of(UpdateFirmwareStatusEnumType.Accepted);
    }

    public static UpdateFirmwareResponse rejected(String reasonCode, String additionalInfo) {
        return new UpdateFirmwareResponse(
                UpdateFirmwareStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo));
    }
}
