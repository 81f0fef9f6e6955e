package org.ocppbridge.mappings.ocpp;

/**
 * {@code TriggerMessageRequest}.
 *
 * @param evse null when the whole station is meant
 * @param requestedMessage the message the CSMS wants sent now
 */
public record TriggerMessageRequest(EVSEType evse, MessageTriggerEnumType requestedMessage) {

    public TriggerMessageRequest {
        Constraints.required(requestedMessage, "TriggerMessageRequest", "requestedMessage");
    }
}
