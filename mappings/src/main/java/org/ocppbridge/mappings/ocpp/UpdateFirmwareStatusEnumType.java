package org.ocppbridge.mappings.ocpp;

/** {@code UpdateFirmwareStatusEnumType}: the answer to an UpdateFirmware. Constant names are the JSON strings. */
public enum UpdateFirmwareStatusEnumType {
    Accepted,
    Rejected,
    AcceptedCanceled,
    InvalidCertificate,
    RevokedCertificate
}
