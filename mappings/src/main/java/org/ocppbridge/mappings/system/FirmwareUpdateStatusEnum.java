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

    /**
     * Whether an update under way only waits for its retrieveDateTime or installDateTime (L01.FR.16): nothing is
     * transferred or installed until then, so such an update does not keep the station busy (an OnIdle reset runs
     * at once; the update is kept and resumed after the restart: issue 14, point 12).
     */
    public boolean waitsForItsTime() {
        return this == DownloadScheduled || this == InstallScheduled;
    }

    /** Whether an update is under way while this is the last status reported: neither Idle nor an end. */
    public boolean isUnderWay() {
        return this != Idle && !endsUpdate();
    }
}
