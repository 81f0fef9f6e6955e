package org.ocppbridge.mappings.ocpp;

/** {@code TriggerMessageResponse}; {@code statusInfo} is null when absent. */
public record TriggerMessageResponse(TriggerMessageStatusEnumType status, StatusInfoType statusInfo) {

    public TriggerMessageResponse {
        Constraints.required(status, "TriggerMessageResponse", "status");
    }

    public static TriggerMessageResponse accepted() {
        return new TriggerMessageResponse(TriggerMessageStatusEnumType.Accepted, null);
    }

    public static TriggerMessageResponse rejected(String reasonCode, String additionalInfo) {
        return new TriggerMessageResponse(
                TriggerMessageStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo));
    }

    public static TriggerMessageResponse notImplemented() {
        return new TriggerMessageResponse(TriggerMessageStatusEnumType.NotImplemented, null);
    }
}
