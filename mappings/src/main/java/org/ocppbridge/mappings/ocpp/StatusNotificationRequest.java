package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/**
 * {@code StatusNotificationRequest}: one connector's status.
 *
 * <p>The official schema sets no minimum for the ids; the bridge requires ≥ 0 (see {@link EVSEType}).
 */
public record StatusNotificationRequest(
        Instant timestamp, ConnectorStatusEnumType connectorStatus, int evseId, int connectorId) {

    public StatusNotificationRequest {
        Constraints.required(timestamp, "StatusNotificationRequest", "timestamp");
        Constraints.required(connectorStatus, "StatusNotificationRequest", "connectorStatus");
        Constraints.min(evseId, 0, "StatusNotificationRequest", "evseId");
        Constraints.min(connectorId, 0, "StatusNotificationRequest", "connectorId");
    }
}
