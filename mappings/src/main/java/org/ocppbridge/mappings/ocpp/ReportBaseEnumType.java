package org.ocppbridge.mappings.ocpp;

/** {@code ReportBaseEnumType}: which predefined report GetBaseReport asks for. Constant names are the JSON strings. */
public enum ReportBaseEnumType {
    ConfigurationInventory,
    FullInventory,
    SummaryInventory
}
