package org.ocppbridge.mappings.ocpp;

/** {@code FirmwareStatusEnumType}: a firmware update's progress in a FirmwareStatusNotification. Constant names are the JSON strings. */
public enum FirmwareStatusEnumType {
    Downloaded,
    DownloadFailed,
    Downloading,
    DownloadScheduled,
    DownloadPaused,
    Idle,
    InstallationFailed,
    Installing,
    Installed,
    InstallRebooting,
    InstallScheduled,
    InstallVerificationFailed,
    InvalidSignature,
    SignatureVerified
}
