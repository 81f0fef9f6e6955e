package org.ocppbridge.mappings.ocpp;

/** {@code ResetEnumType}: when a Reset happens: now, or once no transaction is running. Constant names are the JSON strings. */
public enum ResetEnumType {
    Immediate,
    OnIdle
}
