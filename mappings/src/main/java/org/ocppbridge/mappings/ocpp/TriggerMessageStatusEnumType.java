package org.ocppbridge.mappings.ocpp;

/** {@code TriggerMessageStatusEnumType}: the answer to a TriggerMessage. Constant names are the JSON strings. */
public enum TriggerMessageStatusEnumType {
    Accepted,
    Rejected,
    NotImplemented
}
