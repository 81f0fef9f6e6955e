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
    SignatureVerified;

    /**
     * Whether this status ends an update: nothing more is reported for its requestId (L01). The one definition of
     * that set, for the system that reports and the station that forwards. Idle is not among them: it names no
     * update at all (L01.FR.25/26), which is why it is asked separately in {@link #isUnderWay()}.
     */
    public boolean endsUpdate() {
        return switch (this) {
            case DownloadFailed, InvalidSignature, InstallationFailed, InstallVerificationFailed, Installed -> true;
            default -> false;
        };
    }

    /** Whether an update is under way while this is the last status reported: neither Idle nor an end. */
    public boolean isUnderWay() {
        return this != Idle && !endsUpdate();
    }
}
