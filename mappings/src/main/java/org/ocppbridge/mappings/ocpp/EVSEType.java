package org.ocppbridge.mappings.ocpp;

/**
 * {@code EVSEType}: an EVSE and, optionally, one of its connectors.
 *
 * <p>The official schema sets no minimum; the bridge requires ids ≥ 0 because a negative EVSE or connector
 * number names nothing.
 *
 * @param id the EVSE id
 * @param connectorId the connector id on that EVSE; null when the whole EVSE is meant
 */
public record EVSEType(int id, Integer connectorId) {

    public EVSEType {
        Constraints.min(id, 0, "EVSEType", "id");
        Constraints.min(connectorId, 0, "EVSEType", "connectorId");
    }
}
