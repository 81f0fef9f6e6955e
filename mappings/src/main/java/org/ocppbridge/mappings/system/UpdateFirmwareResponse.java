package org.ocppbridge.mappings.system;

/** The system type {@code UpdateFirmwareResponse}: the system's answer to {@code update_firmware}. */
public enum UpdateFirmwareResponse {
    Accepted,
    Rejected,
    AcceptedCanceled,
    InvalidCertificate,
    RevokedCertificate
}
