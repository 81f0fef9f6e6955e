package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/**
 * {@code SecurityEventNotificationRequest}.
 *
 * @param type the event's name, preferably one of Part 2 Appendix 1; ≤ 50 characters
 * @param timestamp when it happened
 * @param techInfo detail for the operator; ≤ 255 characters; null when absent
 */
public record SecurityEventNotificationRequest(String type, Instant timestamp, String techInfo) {

    public SecurityEventNotificationRequest {
        Constraints.requiredMaxLength(type, 50, "SecurityEventNotificationRequest", "type");
        Constraints.required(timestamp, "SecurityEventNotificationRequest", "timestamp");
        Constraints.maxLength(techInfo, 255, "SecurityEventNotificationRequest", "techInfo");
    }
}
