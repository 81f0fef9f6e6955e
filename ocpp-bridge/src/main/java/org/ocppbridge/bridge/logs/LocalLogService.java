package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.transfer.TransferSettings;
import org.ocppbridge.bridge.transfer.Transfers;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log part of the default local system: {@code upload_logs} and the {@code log_status} it reports.
 *
 * <p>{@link #uploadLogs} decides and names the archive at once; the work (archive, then upload attempts) runs on
 * the service's own thread "ocpp-log-upload", and the waits between attempts on the injected scheduler. Every
 * accepted request ends in exactly one final status with its requestId: Uploaded, UploadFailure, PermissionDenied,
 * BadMessage, NotSupportedOperation, or AcceptedCanceled when a newer request replaced it (N01.FR.20).
 *
 * <p>The running request is kept in the data directory; {@link #resume()} after a restart uploads it again (with
 * the attempts it had left, the interrupted one counted again), so a killed process still ends in a final status.
 */
public final class LocalLogService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalLogService.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final LogUploadSettings settings;
    private final LogRequestCheck requestCheck;
    private final LogUploadJob.Tools tools;
    private final Clock clock;
    private final ExecutorService worker;
    private final Consumer<LogStatus> statusSink;
    private final PendingUploadStore store;
    private final Host host = new Host();

    private final Object lock = new Object();
    private LogUploadJob current;
    private volatile boolean closed;

    /**
     * @param timer waits between attempts; not owned (the caller shuts it down)
     * @param statusSink receives every LogStatus; must be thread-safe and return quickly
     */
    public LocalLogService(
            LogUploadSettings settings,
            SecurityEventLog securityLog,
            Clock clock,
            ScheduledExecutorService timer,
            Consumer<LogStatus> statusSink) {
        this(
                settings,
                securityLog,
                standardTransfers(settings),
                clock,
                timer,
                Executors.newSingleThreadExecutor(r -> new Thread(r, "ocpp-log-upload")),
                statusSink);
    }

    /** With the worker given (owned and shut down by {@link #close()}); tests pass a virtual scheduler. */
    LocalLogService(
            LogUploadSettings settings,
            SecurityEventLog securityLog,
            Transfers transfers,
            Clock clock,
            ScheduledExecutorService timer,
            ExecutorService worker,
            Consumer<LogStatus> statusSink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.statusSink = Objects.requireNonNull(statusSink, "statusSink");
        this.requestCheck = new LogRequestCheck(settings);
        this.tools = new LogUploadJob.Tools(
                new LogArchiver(settings.logDir(), securityLog, settings.workDir(), clock),
                Objects.requireNonNull(transfers, "transfers"),
                Objects.requireNonNull(timer, "timer"),
                worker,
                settings.reportEachAttempt());
        this.store = new PendingUploadStore(settings.workDir());
    }

    /**
     * The transfer layer with the upload settings: https and ftps trust the JVM's store and {@code --csms-ca}.
     *
     * @throws IllegalArgumentException when the CSMS CA file cannot be read as certificates
     */
    static Transfers standardTransfers(LogUploadSettings s) {
        return new Transfers(new TransferSettings(
                s.connectTimeout(), s.transferTimeout(), TlsTrust.of(s.csmsCaPem()), s.httpMethod()));
    }

    /**
     * {@code upload_logs}: checks the request once ({@link LogRequestCheck}: the checks are local and quick, so the
     * stage is already complete), names the archive, and starts the upload; a running upload is cancelled
     * (N01.FR.12). A refusal carries its reason.
     */
    public CompletionStage<Decision<UploadLogsResponse>> uploadLogs(UploadLogsRequest request) {
        LogRequestCheck.Result check = requestCheck.check(request, clock.instant());
        if (check.refusalReason().isPresent()) {
            LOG.warn("Rejecting log request {}: {}", request.requestId(), check.refusal());
            return CompletableFuture.completedFuture(Decision.because(
                    new UploadLogsResponse(null, UploadLogsStatus.Rejected), check.reasonCode(), check.refusal()));
        }
        LogUploadJob job = new LogUploadJob(host, tools, check.accepted(), settings.workDir());
        UploadLogsStatus answer;
        synchronized (lock) {
            LogUploadJob previous = current;
            answer = previous == null ? UploadLogsStatus.Accepted : UploadLogsStatus.AcceptedCanceled;
            if (previous != null) {
                cancel(previous);
            }
            current = job;
            host.persist(job);
        }
        job.start();
        return CompletableFuture.completedFuture(
                Decision.of(new UploadLogsResponse(check.accepted().fileName(), answer)));
    }

    /** The requestId of the upload in progress (for a triggered LogStatusNotification), or empty when idle. */
    public Optional<Integer> currentUpload() {
        synchronized (lock) {
            return current == null ? Optional.empty() : Optional.of(current.requestId());
        }
    }

    /**
     * Ends the upload a previous process left unfinished: it is uploaded again with the attempts it had left. Call
     * once after start-up, before the first {@link #uploadLogs}. A damaged state file ends in UploadFailure for its
     * requestId when that can still be read.
     */
    public void resume() {
        Optional<PendingUpload> stored;
        try {
            stored = store.load();
        } catch (IOException e) {
            LOG.error("Cannot read the unfinished log upload: {}", e.toString());
            store.requestIdOfDamaged().ifPresent(id -> report(LogStatusEnum.UploadFailure, id));
            clearStore();
            return;
        }
        deleteLeftovers();
        if (stored.isEmpty()) {
            return;
        }
        PendingUpload p = stored.get();
        // The interrupted attempt never finished, so it is made again.
        int left = Math.max(1, p.attempts() - p.attemptsStarted() + 1);
        LogUploadJob job = new LogUploadJob(host, tools, p.withAttempts(left, 0), settings.workDir());
        synchronized (lock) {
            if (current != null) {
                throw new IllegalStateException("resume() must run before the first uploadLogs()");
            }
            current = job;
            host.persist(job);
        }
        LOG.info("Resuming log upload {} after a restart ({} attempts left)", p.requestId(), left);
        job.start();
    }

    /** Stops the work; an unfinished upload stays on disk for {@link #resume()} after the next start. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (current != null) {
                current.stop();
            }
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Under the lock. The cancelled job ends silently; its AcceptedCanceled goes out before the next job starts. */
    private void cancel(LogUploadJob job) {
        job.cancel();
        job.execute(() -> {
            // N01.FR.20: the replaced upload is reported AcceptedCanceled with its own requestId (as SAP and
            // EVerest do); this runs on the worker after the cancelled attempt returned.
            report(LogStatusEnum.AcceptedCanceled, job.requestId());
            job.deleteArchive();
        });
    }

    private void report(LogStatusEnum status, int requestId) {
        try {
            statusSink.accept(new LogStatus(status, requestId));
        } catch (RuntimeException e) {
            LOG.error("The log status listener failed on {} {}", status, requestId, e);
        }
    }

    private void clearStore() {
        try {
            store.clear();
        } catch (IOException e) {
            LOG.error("Cannot clear the log upload state; the next start reports it again: {}", e.toString());
        }
    }

    /** Archives and staged entries a killed process left behind. */
    private void deleteLeftovers() {
        Path work = settings.workDir();
        if (!Files.isDirectory(work)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work, "{*.tar.gz,entry-*.tmp}")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean {}: {}", work, e.toString());
        }
    }

    /** The jobs' view of the service: one lock for cancellation, persistence and the final status. */
    private final class Host implements LogUploadJob.Host {
        @Override
        public void persist(LogUploadJob job) {
            synchronized (lock) {
                if (current != job) {
                    return; // only the current job's state is stored
                }
                try {
                    store.save(job.state());
                } catch (IOException e) {
                    LOG.error("Cannot store the log upload state; a restart would not resume it: {}", e.toString());
                }
            }
        }

        @Override
        public void report(LogStatusEnum status, int requestId) {
            LocalLogService.this.report(status, requestId);
        }

        @Override
        public void finish(LogUploadJob job, LogStatusEnum status) {
            if (!status.endsUpload()) {
                throw new IllegalArgumentException("not a final status: " + status);
            }
            synchronized (lock) {
                if (job.isCancelled()) {
                    return;
                }
                if (current == job) {
                    current = null;
                }
                // Deleted before the report, so whoever sees the final status sees the work directory clean; a
                // restart deletes leftover archives anyway.
                job.deleteArchive();
                LocalLogService.this.report(status, job.requestId());
                // Cleared after the report: a crash in between reports again after the restart, never nothing.
                clearStore();
            }
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
