package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.ocppbridge.bridge.certificates.TlsTrust;
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
    private final LogArchiver archiver;
    private final Map<String, LogUploader> uploaders;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService worker;
    private final Consumer<LogStatus> statusSink;
    private final PendingUploadStore store;

    private final Object lock = new Object();
    private UploadJob current;
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
                standardUploaders(settings),
                clock,
                timer,
                Executors.newSingleThreadExecutor(r -> new Thread(r, "ocpp-log-upload")),
                statusSink);
    }

    /** With the worker given (owned and shut down by {@link #close()}); tests pass a virtual scheduler. */
    LocalLogService(
            LogUploadSettings settings,
            SecurityEventLog securityLog,
            Map<String, LogUploader> uploaders,
            Clock clock,
            ScheduledExecutorService timer,
            ExecutorService worker,
            Consumer<LogStatus> statusSink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.uploaders = Map.copyOf(uploaders);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.statusSink = Objects.requireNonNull(statusSink, "statusSink");
        this.archiver = new LogArchiver(settings.logDir(), securityLog, settings.workDir(), clock);
        this.store = new PendingUploadStore(settings.workDir());
    }

    /**
     * http and https with the configured method, ftp and ftps; TLS trusts the JVM's store and {@code --csms-ca}.
     *
     * @throws IllegalArgumentException when the CSMS CA file cannot be read as certificates
     */
    static Map<String, LogUploader> standardUploaders(LogUploadSettings s) {
        SSLContext tls = TlsTrust.context(s.csmsCaPem());
        LogUploader http = new HttpLogUploader(
                s.httpMethod(), s.connectTimeout(), s.transferTimeout(), tls == null ? null : tls.getSocketFactory());
        LogUploader ftp = new FtpLogUploader(s.connectTimeout(), s.transferTimeout(), tls);
        return Map.of("http", http, "https", http, "ftp", ftp, "ftps", ftp);
    }

    /** Why a request would be Rejected (for the response's statusInfo), or empty when it would be accepted. */
    public static Optional<String> rejectionReason(UploadLogsRequest request) {
        if (LogType.parse(request.type()).isEmpty()) {
            return Optional.of("unsupported log type");
        }
        UploadLocation location = UploadLocation.check(request.location());
        return location.kind() == UploadLocation.Kind.UNSUPPORTED ? Optional.of(location.reason()) : Optional.empty();
    }

    /** {@code upload_logs}: answers at once with the archive name; a running upload is cancelled (N01.FR.12). */
    public UploadLogsResponse uploadLogs(UploadLogsRequest request) {
        Optional<String> rejection = rejectionReason(request);
        if (rejection.isPresent()) {
            LOG.warn("Rejecting log request {}: {}", request.requestId(), rejection.get());
            return new UploadLogsResponse(null, UploadLogsStatus.Rejected);
        }
        LogType type = LogType.parse(request.type()).orElseThrow();
        int requestId = request.requestId() == null ? -1 : request.requestId();
        String fileName = LogArchiveName.of(settings.stationId(), type, requestId, clock.instant());
        PendingUpload pending = new PendingUpload(
                requestId,
                request.location(),
                type,
                fileName,
                request.retries() == null ? settings.defaultAttempts() : request.retries(),
                request.retryIntervalS() == null ? settings.defaultRetryIntervalS() : request.retryIntervalS(),
                request.oldestTimestamp(),
                request.latestTimestamp(),
                0);
        UploadJob job = newJob(pending);
        UploadLogsStatus answer;
        synchronized (lock) {
            UploadJob previous = current;
            answer = previous == null ? UploadLogsStatus.Accepted : UploadLogsStatus.AcceptedCanceled;
            if (previous != null) {
                cancel(previous);
            }
            current = job;
            persist(job);
        }
        submit(job, true);
        return new UploadLogsResponse(fileName, answer);
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
        UploadJob job = newJob(p.withAttempts(left, 0));
        synchronized (lock) {
            if (current != null) {
                throw new IllegalStateException("resume() must run before the first uploadLogs()");
            }
            current = job;
            persist(job);
        }
        LOG.info("Resuming log upload {} after a restart ({} attempts left)", p.requestId(), left);
        submit(job, true);
    }

    /** Stops the work; an unfinished upload stays on disk for {@link #resume()} after the next start. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (current != null) {
                current.abort.abort();
                if (current.retry != null) {
                    current.retry.cancel(false);
                }
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

    private UploadJob newJob(PendingUpload p) {
        return new UploadJob(
                p, UploadLocation.check(p.location()), settings.workDir().resolve(p.fileName()));
    }

    /** Under the lock. The cancelled job ends silently; its AcceptedCanceled goes out before the next job starts. */
    private void cancel(UploadJob job) {
        job.cancelled = true;
        job.abort.abort();
        if (job.retry != null) {
            job.retry.cancel(false);
        }
        execute(() -> {
            // N01.FR.20: the replaced upload is reported AcceptedCanceled with its own requestId (as SAP and
            // EVerest do); this runs on the worker after the cancelled attempt returned.
            report(LogStatusEnum.AcceptedCanceled, job.requestId());
            deleteArchive(job);
        });
    }

    private void submit(UploadJob job, boolean first) {
        execute(() -> run(job, first));
    }

    private void execute(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.info("Log upload work not started: the service is closed; the state stays on disk");
        }
    }

    private void run(UploadJob job, boolean first) {
        synchronized (lock) {
            if (job.cancelled || closed) {
                return;
            }
        }
        try {
            if (first) {
                if (job.location.kind() != UploadLocation.Kind.SUPPORTED) {
                    // A location in a supported scheme that is not a valid URL: no attempt can succeed.
                    LOG.warn("Log upload {}: {}", job.requestId(), job.location.reason());
                    finish(job, LogStatusEnum.BadMessage);
                    return;
                }
                report(LogStatusEnum.Uploading, job.requestId());
            }
            attempt(job);
        } catch (RuntimeException e) {
            LOG.error("Log upload {} failed unexpectedly", job.requestId(), e);
            finish(job, LogStatusEnum.UploadFailure);
        }
    }

    private void attempt(UploadJob job) {
        job.attemptStarted();
        synchronized (lock) {
            persist(job);
        }
        PendingUpload p = job.state();
        try {
            if (!job.built) {
                long entries = archiver.write(p.type(), p.window(), job.archive);
                job.built = true;
                LOG.info("Log archive {} built with {} entries", p.fileName(), entries);
            }
        } catch (IOException e) {
            LOG.error("Cannot build log archive {}: {}", p.fileName(), e.toString());
            finish(job, LogStatusEnum.UploadFailure);
            return;
        }
        try {
            uploaders.get(job.location.scheme()).upload(job.archive, p.fileName(), job.location.uri(), job.abort);
            finish(job, LogStatusEnum.Uploaded);
        } catch (LogUploadException e) {
            afterFailedAttempt(job, e);
        }
    }

    private void afterFailedAttempt(UploadJob job, LogUploadException e) {
        PendingUpload p = job.state();
        synchronized (lock) {
            if (job.cancelled || closed) {
                return;
            }
            LOG.warn(
                    "Log upload {} attempt {} of {} failed ({}): {}",
                    p.requestId(),
                    p.attemptsStarted(),
                    p.attempts(),
                    e.status(),
                    e.getMessage());
            if (job.hasAttemptsLeft()) {
                job.retry = timer.schedule(() -> submit(job, false), p.retryIntervalS(), TimeUnit.SECONDS);
                return;
            }
        }
        // N01.FR.10: the failure is reported once, after the last attempt.
        finish(job, e.status());
    }

    private void finish(UploadJob job, LogStatusEnum status) {
        synchronized (lock) {
            if (job.cancelled) {
                return;
            }
            if (current == job) {
                current = null;
            }
            // Deleted before the report, so whoever sees the final status sees the work directory clean; a
            // restart deletes leftover archives anyway.
            deleteArchive(job);
            report(status, job.requestId());
            // Cleared after the report: a crash in between reports again after the restart, never nothing.
            clearStore();
        }
    }

    private void report(LogStatusEnum status, int requestId) {
        try {
            statusSink.accept(new LogStatus(status, requestId));
        } catch (RuntimeException e) {
            LOG.error("The log status listener failed on {} {}", status, requestId, e);
        }
    }

    /** Under the lock: only the current job's state is stored. */
    private void persist(UploadJob job) {
        if (current != job) {
            return;
        }
        try {
            store.save(job.state());
        } catch (IOException e) {
            LOG.error("Cannot store the log upload state; a restart would not resume it: {}", e.toString());
        }
    }

    private void clearStore() {
        try {
            store.clear();
        } catch (IOException e) {
            LOG.error("Cannot clear the log upload state; the next start reports it again: {}", e.toString());
        }
    }

    private void deleteArchive(UploadJob job) {
        try {
            Files.deleteIfExists(job.archive);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", job.archive, e.toString());
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
}
