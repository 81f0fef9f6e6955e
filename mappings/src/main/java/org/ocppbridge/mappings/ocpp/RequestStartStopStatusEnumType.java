package org.ocppbridge.mappings.ocpp;

/** {@code RequestStartStopStatusEnumType}: the answer to a remote start or stop. Constant names are the JSON strings. */
public enum RequestStartStopStatusEnumType {
    Accepted,
    Rejected
}
