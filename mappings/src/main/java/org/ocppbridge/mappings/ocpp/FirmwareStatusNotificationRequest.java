package org.ocppbridge.mappings.ocpp;

/**
 * {@code FirmwareStatusNotificationRequest}.
 *
 * @param status the update's progress
 * @param requestId the UpdateFirmware's requestId (L01.FR.20); null only for an Idle with no update behind it
 *     (L01.FR.25)
 */
public record FirmwareStatusNotificationRequest(FirmwareStatusEnumType status, Integer requestId) {

    public FirmwareStatusNotificationRequest {
        Constraints.required(status, "FirmwareStatusNotificationRequest", "status");
    }
}
