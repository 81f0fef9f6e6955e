package org.ocppbridge.mappings.ocpp;

/**
 * {@code ResetRequest}.
 *
 * @param type when to reset
 * @param evseId the EVSE to reset; null for the whole station; ≥ 0 (the bridge's rule, see {@link EVSEType})
 */
public record ResetRequest(ResetEnumType type, Integer evseId) {

    public ResetRequest {
        Constraints.required(type, "ResetRequest", "type");
        Constraints.min(evseId, 0, "ResetRequest", "evseId");
    }
}
