package org.ocppbridge.bridge.station;

import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/**
 * The last firmware status the system reported, for triggers and for "is the station busy". The last one is also
 * kept on disk: after a restart a trigger answers with the status of the earlier life until this life reports one
 * (L01.FR.26), while "busy" counts only this life's statuses (work of an earlier life that the system does not
 * report again is not waited for). Thread-safe.
 */
final class FirmwareStatusTracker {

    private final LastFirmwareStatusFile file;
    private final FirmwareUpdateStatus beforeRestart;
    private FirmwareUpdateStatus last;

    FirmwareStatusTracker(LastFirmwareStatusFile file) {
        this.file = file;
        this.beforeRestart = file.load().orElse(null);
    }

    /** Records a status; false when it repeats the last one exactly (a consecutive duplicate is not resent). */
    synchronized boolean record(FirmwareUpdateStatus status) {
        if (status.equals(last)) {
            return false;
        }
        last = status;
        file.save(status);
        return true;
    }

    /** The last status reported, in this life or else in the one before; null when none was ever kept. */
    synchronized FirmwareUpdateStatus lastReported() {
        return last != null ? last : beforeRestart;
    }

    /**
     * An update is at work: under way (not in an end state) and not only waiting for its time. A DownloadScheduled
     * or InstallScheduled update does not hold an OnIdle reset (issue 14, point 12): it is kept on disk and
     * scheduled again after the restart (the built-in system; charger software on the socket keeps its own).
     */
    synchronized boolean busy() {
        return last != null
                && last.firmwareUpdateStatus().isUnderWay()
                && !last.firmwareUpdateStatus().waitsForItsTime();
    }

    /** No work runs after this status: Idle or an end of an update (the set is defined on the enum). */
    static boolean isFinal(FirmwareUpdateStatusEnum status) {
        return !status.isUnderWay();
    }
}
