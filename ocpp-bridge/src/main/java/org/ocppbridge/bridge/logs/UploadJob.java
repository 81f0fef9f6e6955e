package org.ocppbridge.bridge.logs;

import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import org.ocppbridge.bridge.transfer.TransferCancel;

/** The mutable run state of one accepted request; the service's lock guards the fields it names. */
final class UploadJob {

    final UploadLocation location;
    final Path archive;
    final TransferCancel cancel = new TransferCancel();

    /** Written by the worker thread only; read under the service lock when persisted. */
    private volatile PendingUpload state;

    /** Guarded by the service lock. */
    boolean cancelled;

    /** Guarded by the service lock. */
    ScheduledFuture<?> retry;

    /** Worker thread only. */
    boolean built;

    UploadJob(PendingUpload state, UploadLocation location, Path archive) {
        this.state = state;
        this.location = location;
        this.archive = archive;
    }

    PendingUpload state() {
        return state;
    }

    int requestId() {
        return state.requestId();
    }

    /** Counts a started attempt; worker thread only. */
    void attemptStarted() {
        state = state.withAttemptsStarted(state.attemptsStarted() + 1);
    }

    boolean hasAttemptsLeft() {
        return state.attemptsStarted() < state.attempts();
    }
}
