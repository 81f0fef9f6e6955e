package org.ocppbridge.mappings.system;

/** The system type {@code FirmwareUpdateStatusEnum}. */
public enum FirmwareUpdateStatusEnum {
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
