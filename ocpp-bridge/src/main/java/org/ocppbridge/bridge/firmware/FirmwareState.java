package org.ocppbridge.bridge.firmware;

import java.util.Objects;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/**
 * What survives the process about the current (or last) update: the request, the last status reported for it,
 * which download attempt is running (1-based), and for a reboot after a failed install the failure to report
 * once the station is back ({@code outcome}; null otherwise, and then a reboot ends Installed).
 */
record FirmwareState(
        FirmwareUpdateRequest request, FirmwareUpdateStatusEnum status, int attempt, FirmwareUpdateStatusEnum outcome) {

    FirmwareState(FirmwareUpdateRequest request, FirmwareUpdateStatusEnum status, int attempt) {
        this(request, status, attempt, null);
    }

    FirmwareState {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }

    FirmwareState with(FirmwareUpdateStatusEnum next) {
        return new FirmwareState(request, next, attempt, outcome);
    }

    FirmwareState withAttempt(int next) {
        return new FirmwareState(request, status, next, outcome);
    }

    /** The reboot after a failed install: InstallRebooting (not announced), ending in {@code failure}. */
    FirmwareState rebootingAfter(FirmwareUpdateStatusEnum failure) {
        return new FirmwareState(request, FirmwareUpdateStatusEnum.InstallRebooting, attempt, failure);
    }

    /**
     * True for the statuses after which nothing more happens for this request. Idle is not one: the updater keeps
     * an accepted request that has not started yet as Idle, and resumes it.
     */
    boolean isFinal() {
        return status.endsUpdate();
    }
}
