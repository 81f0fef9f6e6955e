package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/**
 * {@code BootNotificationResponse}.
 *
 * <p>The official schema sets no minimum for {@code interval}; the bridge requires ≥ 0 because a negative
 * heartbeat or retry interval cannot be scheduled.
 *
 * @param currentTime the CSMS's clock
 * @param interval heartbeat interval when Accepted, otherwise seconds to wait before the next BootNotification
 * @param status the registration status
 * @param statusInfo null when absent
 */
public record BootNotificationResponse(
        Instant currentTime, int interval, RegistrationStatusEnumType status, StatusInfoType statusInfo) {

    public BootNotificationResponse {
        Constraints.required(currentTime, "BootNotificationResponse", "currentTime");
        Constraints.min(interval, 0, "BootNotificationResponse", "interval");
        Constraints.required(status, "BootNotificationResponse", "status");
    }
}
