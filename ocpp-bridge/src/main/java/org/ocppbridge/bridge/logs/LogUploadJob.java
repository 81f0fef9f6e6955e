package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.transfer.FailureStatus;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;
import org.ocppbridge.bridge.transfer.Transfers;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted log request, from its archive to its final status, and the retries in between: the same shape as
 * the firmware job. Its steps run on the service's worker; the waits between attempts are timers on the injected
 * scheduler that hand the next attempt back to the worker. Statuses go through {@link Host}, which drops the final
 * one of a job that was cancelled (the service reports AcceptedCanceled for it instead, N01.FR.20).
 */
final class LogUploadJob {

    private static final Logger LOG = LoggerFactory.getLogger(LogUploadJob.class);

    /** What the job needs from its owner. */
    interface Host {
        /** Stores the job's state when it is still the current one. */
        void persist(LogUploadJob job);

        /** Reports a status with the job's requestId. */
        void report(LogStatusEnum status, int requestId);

        /** Ends the job with its final status, unless it was cancelled. */
        void finish(LogUploadJob job, LogStatusEnum status);

        /** The service is closing: no new attempt starts. */
        boolean isClosed();
    }

    /**
     * The collaborators every job shares.
     *
     * @param reportEachAttempt a failure status after every failed attempt, and Uploading for the next (ER §6.1.29);
     *     else only the last attempt's failure
     */
    record Tools(
            LogArchiver archiver,
            Transfers transfers,
            ScheduledExecutorService timer,
            Executor worker,
            boolean reportEachAttempt) {}

    private final Host host;
    private final Tools tools;
    private final UploadLocation location;
    private final Path archive;
    private final TransferCancel transfer = new TransferCancel();

    /** Written by the worker thread only; read when persisted. */
    private volatile PendingUpload state;

    private boolean cancelled; // guarded by this
    private ScheduledFuture<?> retry; // guarded by this
    private boolean built; // worker thread only

    LogUploadJob(Host host, Tools tools, PendingUpload state, Path workDir) {
        this.host = host;
        this.tools = tools;
        this.state = state;
        this.location = UploadLocation.check(state.location());
        this.archive = workDir.resolve(state.fileName());
    }

    PendingUpload state() {
        return state;
    }

    int requestId() {
        return state.requestId();
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Starts the first attempt on the worker (Uploading is reported before it). */
    void start() {
        execute(() -> run(true));
    }

    /** A newer request replaced this one: no further attempt, the transfer is cut; the owner reports. */
    void cancel() {
        synchronized (this) {
            cancelled = true;
        }
        stop();
    }

    /** Cuts the transfer and drops a waiting retry; the state stays on disk (closing). */
    void stop() {
        ScheduledFuture<?> waiting;
        synchronized (this) {
            waiting = retry;
        }
        transfer.cancel();
        if (waiting != null) {
            waiting.cancel(false);
        }
    }

    /** Runs {@code task} on the worker after whatever the worker is doing now. */
    void execute(Runnable task) {
        try {
            tools.worker().execute(task);
        } catch (RejectedExecutionException e) {
            LOG.info("Log upload work not started: the service is closed; the state stays on disk");
        }
    }

    void deleteArchive() {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", archive, e.toString());
        }
    }

    private void run(boolean first) {
        if (isCancelled() || host.isClosed()) {
            return;
        }
        try {
            if (first) {
                if (location.kind() != UploadLocation.Kind.SUPPORTED) {
                    // A location in a supported scheme that is not a valid URL: no attempt can succeed.
                    LOG.warn("Log upload {}: {}", requestId(), location.reason());
                    host.finish(this, LogStatusEnum.BadMessage);
                    return;
                }
                host.report(LogStatusEnum.Uploading, requestId());
            }
            attempt();
        } catch (RuntimeException e) {
            LOG.error("Log upload {} failed unexpectedly", requestId(), e);
            host.finish(this, LogStatusEnum.UploadFailure);
        }
    }

    private void attempt() {
        state = state.withAttemptsStarted(state.attemptsStarted() + 1);
        host.persist(this);
        PendingUpload p = state;
        try {
            if (!built) {
                long entries = tools.archiver().write(p.type(), p.window(), archive);
                built = true;
                LOG.info("Log archive {} built with {} entries", p.fileName(), entries);
            }
        } catch (IOException e) {
            LOG.error("Cannot build log archive {}: {}", p.fileName(), e.toString());
            host.finish(this, LogStatusEnum.UploadFailure);
            return;
        }
        try {
            tools.transfers().upload(archive, p.fileName(), location.url(), transfer);
            host.finish(this, LogStatusEnum.Uploaded);
        } catch (TransferException e) {
            afterFailedAttempt(e);
        }
    }

    private void afterFailedAttempt(TransferException e) {
        PendingUpload p = state;
        LogStatusEnum status = FailureStatus.ofUpload(e);
        boolean retrying;
        synchronized (this) {
            if (cancelled || host.isClosed()) {
                return;
            }
            LOG.warn(
                    "Log upload {} attempt {} of {} failed ({}): {}",
                    p.requestId(),
                    p.attemptsStarted(),
                    p.attempts(),
                    status,
                    e.getMessage());
            retrying = p.attemptsStarted() < p.attempts();
        }
        if (!retrying) {
            // N01.FR.10: the last attempt's failure is the final status (the only one with last-attempt).
            host.finish(this, status);
            return;
        }
        if (tools.reportEachAttempt()) {
            // ER §6.1.29 (TC_N_26): a failure status per attempt, as the test tool counts them (N01.FR.10 allows
            // it, ER §2.13.1). Uploading at once for the next attempt keeps the request busy through the wait:
            // Reset OnIdle is still Scheduled, a triggered LogStatusNotification says Uploading. Reported before
            // the retry is scheduled, so they precede anything the next attempt reports.
            host.report(status, p.requestId());
            host.report(LogStatusEnum.Uploading, p.requestId());
        }
        synchronized (this) {
            if (!cancelled && !host.isClosed()) {
                retry = tools.timer().schedule(() -> execute(() -> run(false)), p.retryIntervalS(), TimeUnit.SECONDS);
            }
        }
    }
}
