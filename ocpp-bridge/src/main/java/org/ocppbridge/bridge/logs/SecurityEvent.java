package org.ocppbridge.bridge.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the security event log.
 *
 * @param timestamp when the bridge raised the event
 * @param type the security event type of the OCPP appendix (e.g. {@code FirmwareUpdated})
 * @param techInfo free text for technical details; null when none
 */
public record SecurityEvent(Instant timestamp, String type, String techInfo) {

    public SecurityEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(type, "type");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("type must not be empty");
        }
    }
}
