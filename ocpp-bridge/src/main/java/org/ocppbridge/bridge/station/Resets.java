package org.ocppbridge.bridge.station;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.system.ResetType;

/**
 * Carries out resets (B11, B12): before the system resets, queued notifications get a bounded chance to leave;
 * an OnIdle reset that had to wait runs as soon as the station becomes idle, and is still idle once those
 * notifications have left. Runs on the core thread.
 */
final class Resets {

    private final ChargerSystem system;
    private final ScheduledExecutorService core;
    private final Outbox outbox;
    private final BooleanSupplier busy;
    private final Duration flushLimit;

    private final ScheduledResetFile scheduledResetFile;

    private ResetType waitingForIdle;
    private boolean resetting;

    Resets(
            StationContext context,
            ChargerSystem system,
            Outbox outbox,
            BooleanSupplier busy,
            Duration flushLimit,
            ScheduledResetFile scheduledResetFile) {
        this.system = system;
        this.core = context.core();
        this.outbox = outbox;
        this.busy = busy;
        this.flushLimit = flushLimit;
        this.scheduledResetFile = scheduledResetFile;
    }

    boolean busy() {
        return busy.getAsBoolean();
    }

    /** Resets now (after the CALLRESULT left). */
    void resetNow(ResetType type) {
        start(type, false);
    }

    /**
     * B12.FR.01: an OnIdle reset about to be answered Scheduled is kept on disk first, so a restart before it is
     * carried out (the firmware's own reboot, a crash) still boots as ScheduledReset and consumes it, instead of
     * losing it or running it again in the next life (issue 14, point 12; the boot reads it, see BootReasonStore).
     */
    void keepScheduled(ResetType type) {
        scheduledResetFile.record(type);
    }

    /** B12.FR.01: an OnIdle reset answered Scheduled waits until nothing runs, then resets with scheduled=true. */
    void resetWhenIdle(ResetType type) {
        waitingForIdle = type;
        idleCheck();
    }

    /** Called whenever a firmware or log status changed. Any thread. */
    void statusChanged() {
        core.execute(this::idleCheck);
    }

    private void idleCheck() {
        if (waitingForIdle != null && !busy()) {
            ResetType type = waitingForIdle;
            waitingForIdle = null;
            start(type, true);
        }
    }

    private void start(ResetType type, boolean scheduled) {
        if (resetting) {
            return;
        }
        resetting = true;
        outbox.whenDrained(flushLimit, () -> {
            if (scheduled && busy()) {
                // B12.FR.01: the idle moment was only a hand-over (a superseded upload's AcceptedCanceled before the
                // next one's Uploading, a failed attempt before its retry): wait for the next idle moment.
                resetting = false;
                waitingForIdle = type;
                return;
            }
            system.reset(type, scheduled);
        });
    }
}
