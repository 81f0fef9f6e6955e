package org.ocppbridge.mappings.ocpp;

/** {@code LogStatusEnumType}: the answer to a GetLog. Constant names are the JSON strings. */
public enum LogStatusEnumType {
    Accepted,
    Rejected,
    AcceptedCanceled
}
