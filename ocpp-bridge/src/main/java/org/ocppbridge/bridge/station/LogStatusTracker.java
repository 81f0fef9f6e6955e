package org.ocppbridge.bridge.station;

import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;

/** The last log status the system reported, for triggers and for "is the station busy". Thread-safe. */
final class LogStatusTracker {

    private LogStatus last;

    /** Records a status; false when it repeats the last one exactly. */
    synchronized boolean record(LogStatus status) {
        if (status.equals(last)) {
            return false;
        }
        last = status;
        return true;
    }

    /** The running upload's status, or null when none runs. */
    synchronized LogStatus uploading() {
        return last != null && last.logStatus() == LogStatusEnum.Uploading ? last : null;
    }

    synchronized boolean busy() {
        return uploading() != null;
    }

    static boolean isFinal(LogStatusEnum status) {
        return !status.isUnderWay();
    }
}
