package org.ocppbridge.mappings.ocpp;

/** {@code ConnectorStatusEnumType}: a connector's status in a StatusNotification. Constant names are the JSON strings. */
public enum ConnectorStatusEnumType {
    Available,
    Occupied,
    Reserved,
    Unavailable,
    Faulted
}
