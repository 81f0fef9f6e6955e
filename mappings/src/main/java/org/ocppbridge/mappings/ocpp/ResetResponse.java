package org.ocppbridge.mappings.ocpp;

/** {@code ResetResponse}; {@code statusInfo} is null when absent. */
public record ResetResponse(ResetStatusEnumType status, StatusInfoType statusInfo) {

    public ResetResponse {
        Constraints.required(status, "ResetResponse", "status");
    }

    public static ResetResponse accepted() {
        return new ResetResponse(ResetStatusEnumType.Accepted, null);
    }

    /** B12.FR.01: an OnIdle reset waits for the running transactions to end. */
    public static ResetResponse scheduled() {
        return new ResetResponse(ResetStatusEnumType.Scheduled, null);
    }

    /** @param additionalInfo null when there is nothing to add */
    public static ResetResponse rejected(String reasonCode, String additionalInfo) {
        return new ResetResponse(ResetStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo));
    }
}
