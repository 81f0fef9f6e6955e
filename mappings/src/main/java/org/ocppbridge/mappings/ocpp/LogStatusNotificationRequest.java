package org.ocppbridge.mappings.ocpp;

/**
 * {@code LogStatusNotificationRequest}.
 *
 * @param status the upload's progress
 * @param requestId the GetLog's requestId; null only for an Idle with no upload behind it
 */
public record LogStatusNotificationRequest(UploadLogStatusEnumType status, Integer requestId) {

    public LogStatusNotificationRequest {
        Constraints.required(status, "LogStatusNotificationRequest", "status");
    }
}
