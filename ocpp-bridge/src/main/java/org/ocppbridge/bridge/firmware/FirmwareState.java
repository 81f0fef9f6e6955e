package org.ocppbridge.bridge.firmware;

import java.util.Objects;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/**
 * What survives the process about the current (or last) update: the request, the last status reported for it,
 * and which download attempt is running (1-based).
 */
record FirmwareState(FirmwareUpdateRequest request, FirmwareUpdateStatusEnum status, int attempt) {

    FirmwareState {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }

    FirmwareState with(FirmwareUpdateStatusEnum next) {
        return new FirmwareState(request, next, attempt);
    }

    FirmwareState withAttempt(int next) {
        return new FirmwareState(request, status, next);
    }

    /**
     * True for the statuses after which nothing more happens for this request. Idle is not one: the updater keeps
     * an accepted request that has not started yet as Idle, and resumes it.
     */
    boolean isFinal() {
        return status.endsUpdate();
    }
}
