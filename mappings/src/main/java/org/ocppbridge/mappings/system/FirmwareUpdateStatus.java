package org.ocppbridge.mappings.system;

import java.util.Objects;

/** The system type {@code FirmwareUpdateStatus}: a firmware update's status, reported by the system at any time. */
public record FirmwareUpdateStatus(FirmwareUpdateStatusEnum firmwareUpdateStatus, int requestId) {

    public FirmwareUpdateStatus {
        Objects.requireNonNull(firmwareUpdateStatus, "firmwareUpdateStatus");
    }

    /*
     * equals and hashCode written out, with the generated ones' meaning (every component equal), because the
     * generated ones link a method-handle bootstrap (java.lang.runtime.ObjectMethods) at their first call: measured
     * at 25-100 ms in a cold JVM, and the bridge's first call is on the way to a firmware update's first status
     * (issue 18). FirmwareUpdateStatusTest checks that every component counts.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FirmwareUpdateStatus that
                && firmwareUpdateStatus == that.firmwareUpdateStatus
                && requestId == that.requestId;
    }

    @Override
    public int hashCode() {
        return 31 * firmwareUpdateStatus.hashCode() + requestId;
    }
}
