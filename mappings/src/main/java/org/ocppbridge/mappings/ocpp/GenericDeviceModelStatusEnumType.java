package org.ocppbridge.mappings.ocpp;

/** {@code GenericDeviceModelStatusEnumType}: the answer to a report request. Constant names are the JSON strings. */
public enum GenericDeviceModelStatusEnumType {
    Accepted,
    Rejected,
    NotSupported,
    EmptyResultSet
}
