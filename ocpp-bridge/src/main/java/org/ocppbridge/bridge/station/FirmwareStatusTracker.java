package org.ocppbridge.bridge.station;

import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/** The last firmware status the system reported, for triggers and for "is the station busy". Thread-safe. */
final class FirmwareStatusTracker {

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
        return last != null && last.firmwareUpdateStatus().isUnderWay();
    }

    /** No work runs after this status: Idle or an end of an update (the set is defined on the enum). */
    static boolean isFinal(FirmwareUpdateStatusEnum status) {
        return !status.isUnderWay();
    }
}
