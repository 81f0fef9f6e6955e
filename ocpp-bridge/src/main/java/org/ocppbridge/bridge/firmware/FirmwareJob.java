package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.bridge.transfer.FailureStatus;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;
import org.ocppbridge.bridge.transfer.TransferUrl;
import org.ocppbridge.bridge.transfer.TransferUrlException;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firmware update, from (scheduled) download to reboot. Its steps run on the updater's worker thread; the
 * waits (retrieveDateTime, retry interval, installDateTime) are timers on the injected scheduler that hand the
 * next step back to the worker. Every status goes through {@link Host#report}, which persists it first and drops
 * it when this job is no longer the current one, so a cancelled job can never speak again.
 */
final class FirmwareJob {

    private static final Logger log = LoggerFactory.getLogger(FirmwareJob.class);

    /**
     * The longest wait for a retrieveDateTime or installDateTime: 100 years, longer than any charger lives and far
     * inside what a timer can hold (a nanosecond count ends after 292 years; 9999-12-31 once overflowed it into an
     * InternalError). A later date is clamped to this, logged, and the update stays scheduled (issue 15, point 4).
     */
    static final Duration MAX_WAIT = Duration.ofDays(36_500);

    /** What the job needs from its owner. */
    interface Host {
        /** Persists and reports {@code state}; false when the job was superseded or the updater closed. */
        boolean report(FirmwareJob job, FirmwareState state, boolean announce);

        /** Marks the job as installing, unless it was cancelled; under the same lock as cancellation. */
        boolean beginInstall(FirmwareJob job);

        /** The job reached a final status. */
        void finished(FirmwareJob job);
    }

    /** The collaborators every job shares. */
    record Tools(
            FirmwareDownloader downloader,
            InstallCommand installer,
            Clock clock,
            ScheduledExecutorService scheduler,
            Executor worker,
            StationRestarter restarter,
            int defaultRetries,
            Duration defaultRetryInterval) {}

    private final Host host;
    private final Tools tools;
    private final SignatureCheck signature;
    private final Path image;
    private final TransferCancel cancellation = new TransferCancel();
    private volatile FirmwareState state;
    private volatile FirmwareUpdateStatusEnum lastAnnounced;
    private volatile ScheduledFuture<?> timer;
    private volatile String sha256;
    private volatile boolean installing;

    FirmwareJob(Host host, Tools tools, FirmwareState state, SignatureCheck signature, Path image) {
        this.host = host;
        this.tools = tools;
        this.state = state;
        this.signature = signature;
        this.image = image;
    }

    int requestId() {
        return state.request().requestId();
    }

    FirmwareState state() {
        return state;
    }

    boolean isInstalling() {
        return installing;
    }

    void markInstalling() {
        installing = true;
    }

    boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /** Starts with the download: now, or at retrieveDateTime when that is in the future. */
    void start() {
        Duration wait = until(state.request().retrieveTimestamp());
        if (wait.isZero()) {
            runOnWorker(this::download);
        } else {
            // Timer first, status second: a step that the timer hands to the worker can only report after
            // this status, and a test that sees the status finds the timer pending.
            later(wait, this::download);
            report(FirmwareUpdateStatusEnum.DownloadScheduled);
        }
    }

    /** Reports a status and ends the job (used on resume for the statuses decided at start). */
    void conclude(FirmwareUpdateStatusEnum status) {
        report(status);
        deleteImage();
        host.finished(this);
    }

    /** Stops the job: no further step runs, the transfer is broken off, the image is deleted. */
    void cancel() {
        stop();
        runOnWorker(this::deleteImage);
    }

    /** Stops the job without touching the files: the updater is closing, the state stays for the next start. */
    void stop() {
        cancellation.cancel();
        ScheduledFuture<?> pending = timer;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void download() {
        if (isCancelled() || !report(FirmwareUpdateStatusEnum.Downloading)) {
            return;
        }
        FirmwareDownloader.Result result;
        try {
            result = tools.downloader().download(location(), image, signature, cancellation);
        } catch (TransferException e) {
            deleteImage();
            if (e.failure() == TransferException.Failure.CANCELLED) {
                return; // the request that cancelled this one reports from now on
            }
            // The location was checked when the request was accepted; only the transfer can have failed.
            log.warn("Firmware {} download attempt {} failed: {}", requestId(), state.attempt(), e.getMessage());
            retryOrFail(e);
            return;
        }
        log.info("Firmware {} downloaded: {} bytes, SHA-256 {}", requestId(), result.bytes(), result.sha256());
        sha256 = result.sha256();
        if (!report(FirmwareUpdateStatusEnum.Downloaded)) {
            return;
        }
        if (signature != null) {
            if (!result.signatureValid()) {
                conclude(FirmwareUpdateStatusEnum.InvalidSignature); // L01.FR.03: nothing is installed
                return;
            }
            if (!report(FirmwareUpdateStatusEnum.SignatureVerified)) {
                return;
            }
        }
        Duration wait = until(state.request().installTimestamp());
        if (wait.isZero()) {
            install();
        } else {
            later(wait, this::install);
            report(FirmwareUpdateStatusEnum.InstallScheduled); // L01.FR.16
        }
    }

    private TransferUrl location() throws TransferException {
        try {
            return TransferUrl.parse(state.request().location());
        } catch (TransferUrlException e) {
            // Accepted requests were parsed by the same rule; a state file edited by hand can still get here.
            throw new TransferException(TransferException.Failure.BAD_MESSAGE, e.getMessage(), e);
        }
    }

    private void retryOrFail(TransferException failure) {
        Integer retries = state.request().retries();
        int attempts = retries == null ? tools.defaultRetries() : retries;
        if (state.attempt() >= attempts) {
            conclude(FailureStatus.ofDownload(failure)); // L01.FR.30: only after the last attempt
            return;
        }
        state = state.withAttempt(state.attempt() + 1);
        if (!host.report(this, state, false)) {
            return;
        }
        Integer seconds = state.request().retryIntervalS();
        later(seconds == null ? tools.defaultRetryInterval() : Duration.ofSeconds(seconds), this::download);
    }

    private void install() {
        if (!host.beginInstall(this) || !report(FirmwareUpdateStatusEnum.Installing)) {
            return;
        }
        FirmwareUpdateStatusEnum failure;
        try {
            failure = tools.installer().install(image, requestId(), sha256);
        } catch (InterruptedException e) {
            // The updater is closing: the state file still says Installing, and the next start reports
            // InstallationFailed, because a half-run installer cannot be trusted.
            log.warn("Firmware {} install interrupted by shutdown", requestId());
            Thread.currentThread().interrupt();
            return;
        }
        if (failure != null) {
            // ER TC_L_08: a failed install ends as the station coming back (step 15, "the OCTT waits for the
            // Charging Station to reconnect"): the reboot first, BootNotification FirmwareUpdate, then the failure
            // status and FirmwareUpdated after the boot. The reboot is kept on disk but not announced as
            // InstallRebooting: nothing new is being activated.
            state = state.rebootingAfter(failure);
            if (host.report(this, state, false)) {
                tools.restarter().restart(BootReason.FirmwareUpdate);
            }
            return;
        }
        if (report(FirmwareUpdateStatusEnum.InstallRebooting)) {
            // The image stays until Installed is reported after the boot, for installers that apply it then.
            tools.restarter().restart(BootReason.FirmwareUpdate);
        }
    }

    private boolean report(FirmwareUpdateStatusEnum status) {
        state = state.with(status);
        boolean announce = status != lastAnnounced; // a retry does not repeat Downloading
        lastAnnounced = status;
        return host.report(this, state, announce);
    }

    private void later(Duration wait, Runnable step) {
        timer = tools.scheduler().schedule(() -> runOnWorker(step), wait.toNanos(), TimeUnit.NANOSECONDS);
        if (isCancelled()) {
            timer.cancel(false);
        }
    }

    private void runOnWorker(Runnable step) {
        try {
            tools.worker().execute(step);
        } catch (RejectedExecutionException closing) {
            log.debug("Firmware {} step not run: the updater is closed", requestId());
        }
    }

    void deleteImage() {
        try {
            Files.deleteIfExists(image);
        } catch (IOException e) {
            log.warn("Cannot delete firmware image {}: {}", image, e.toString());
        }
    }

    private Duration until(Instant at) {
        if (at == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(tools.clock().instant(), at);
        if (wait.compareTo(MAX_WAIT) > 0) {
            log.warn("Firmware {}: {} is more than 100 years ahead; waiting 100 years instead", requestId(), at);
            return MAX_WAIT;
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
