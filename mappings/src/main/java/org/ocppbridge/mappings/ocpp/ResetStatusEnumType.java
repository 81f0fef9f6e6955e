package org.ocppbridge.mappings.ocpp;

/** {@code ResetStatusEnumType}: the answer to a Reset. Constant names are the JSON strings. */
public enum ResetStatusEnumType {
    Accepted,
    Rejected,
    Scheduled
}
