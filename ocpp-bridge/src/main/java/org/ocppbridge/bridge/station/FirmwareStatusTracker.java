package org.ocppbridge.bridge.station;

import java.util.EnumSet;
import java.util.Set;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/** The last firmware status the system reported, for triggers and for "is the station busy". Thread-safe. */
final class FirmwareStatusTracker {

    /** The end states of a firmware update: no work runs after them. */
    static final Set<FirmwareUpdateStatusEnum> FINAL = EnumSet.of(
            FirmwareUpdateStatusEnum.Idle,
            FirmwareUpdateStatusEnum.Installed,
            FirmwareUpdateStatusEnum.DownloadFailed,
            FirmwareUpdateStatusEnum.InstallationFailed,
            FirmwareUpdateStatusEnum.InstallVerificationFailed,
            FirmwareUpdateStatusEnum.InvalidSignature);

    private FirmwareUpdateStatus last;

    /** Records a status; false when it repeats the last one exactly (a consecutive duplicate is not resent). */
    synchronized boolean record(FirmwareUpdateStatus status) {
        if (status.equals(last)) {
            return false;
        }
        last = status;
        return true;
    }

    /** The last status, or null when none was reported since start. */
    synchronized FirmwareUpdateStatus last() {
        return last;
    }

    /** An update is under way (not in an end state). */
    synchronized boolean busy() {
        return last != null && !FINAL.contains(last.firmwareUpdateStatus());
    }

    static boolean isFinal(FirmwareUpdateStatusEnum status) {
        return FINAL.contains(status);
    }
}
