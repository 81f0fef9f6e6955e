package org.ocppbridge.mappings.ocpp;

/** {@code LogEnumType}: which log a GetLog asks for. Constant names are the JSON strings. */
public enum LogEnumType {
    DiagnosticsLog,
    SecurityLog
}
