package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.bridge.transfer.TransferSettings;
import org.ocppbridge.bridge.transfer.Transfers;
import org.ocppbridge.bridge.transfer.UploadMethod;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firmware half of the default local system: {@code update_firmware} and {@code allow_firmware_installation}
 * done for real (certificate and revocation checks, one-pass download with signature and SHA-256, install
 * command, reboot), reporting {@code firmware_update_status} to a callback, with its progress kept in the data
 * dir so that a restart ends in the right status.
 *
 * <p>Threads, owned here and stopped by {@link #close()}: "ocpp-firmware" runs the jobs (downloads, install);
 * "ocpp-firmware-check" decides on requests (certificate paths, CRL downloads of up to the transfer time-out), so
 * the caller, the protocol core, never waits, and a new request is decided while a download blocks the job worker
 * (L01.FR.24 cancels that download). Timers run on the injected scheduler.
 */
public final class LocalFirmwareUpdater implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalFirmwareUpdater.class);

    private final FirmwareConfig config;
    private final FirmwareRequestCheck requestCheck;
    private final FirmwareJobs jobs;
    private final FirmwareWarmup warmup;
    private final ExecutorService worker;
    private final ExecutorService checker;
    private final Object closing = new Object();
    private boolean closed;

    public LocalFirmwareUpdater(
            FirmwareConfig config,
            Clock clock,
            ScheduledExecutorService scheduler,
            StationRestarter restarter,
            Consumer<FirmwareUpdateStatus> listener) {
        this(config, List::of, clock, scheduler, restarter, listener);
    }

    /**
     * @param installedRoots the ManufacturerRootCertificates the CSMS installed (M05), asked for at every
     *     UpdateFirmware: trust anchors beside {@code config.trustAnchorPem()}
     */
    public LocalFirmwareUpdater(
            FirmwareConfig config,
            Supplier<? extends Collection<X509Certificate>> installedRoots,
            Clock clock,
            ScheduledExecutorService scheduler,
            StationRestarter restarter,
            Consumer<FirmwareUpdateStatus> listener) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data dir " + config.dataDir(), e);
        }
        // Firmware is only downloaded, so the upload method never applies; one time-out bounds connect and reads.
        Transfers transfers = new Transfers(new TransferSettings(
                config.transferTimeout(), config.transferTimeout(), TlsTrust.of(config.csmsCaPem()), UploadMethod.PUT));
        SigningCertificateCheck certificates = new SigningCertificateCheck(
                config.trustAnchorPem(),
                Objects.requireNonNull(installedRoots, "installedRoots"),
                new RevocationCheck(config.crlPath(), config.transferTimeout()),
                clock);
        if (config.allowUnsigned()) {
            log.warn("**********************************************************************");
            log.warn("* UNSIGNED FIRMWARE IS ALLOWED: any image the CSMS names is installed *");
            log.warn("**********************************************************************");
        }
        this.requestCheck = new FirmwareRequestCheck(certificates, config.allowUnsigned());
        this.warmup = new FirmwareWarmup(certificates, transfers::warmUpDirectPath);
        this.worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "ocpp-firmware"));
        this.checker = Executors.newSingleThreadExecutor(task -> new Thread(task, "ocpp-firmware-check"));
        InstallCommand installer = new InstallCommand(
                config.installCommand(),
                config.installTimeout(),
                config.dataDir().resolve("install.log"));
        FirmwareJob.Tools tools = new FirmwareJob.Tools(
                new FirmwareDownloader(transfers),
                installer,
                clock,
                Objects.requireNonNull(scheduler, "scheduler"),
                worker,
                Objects.requireNonNull(restarter, "restarter"),
                config.defaultRetries(),
                config.defaultRetryInterval());
        this.jobs = new FirmwareJobs(config.dataDir(), tools, listener);
    }

    /**
     * Whether the state kept on disk is an install waiting for its reboot; asked at start, before the boot reason
     * is reported, so a kill between InstallRebooting and the reboot still boots as FirmwareUpdate.
     */
    public boolean awaitsReboot() {
        return jobs.awaitsReboot();
    }

    /**
     * Decides on the request on "ocpp-firmware-check" and starts it in the background; the stage completes with the
     * answer and its reason, always (Rejected when the updater closes first). Refusals happen before anything is
     * downloaded: Rejected (unsupported location, unsigned or no trust anchor without allowUnsigned, or an install
     * running: L01.FR.27), InvalidCertificate / RevokedCertificate (L01.FR.22). A running or waiting update is
     * cancelled before those checks, whatever their outcome (L01.FR.24 and its note); the answer is AcceptedCanceled
     * when the new request passes them, else its own refusal. Requests are decided one at a time, in order.
     */
    public CompletionStage<Decision<UpdateFirmwareResponse>> updateFirmware(FirmwareUpdateRequest request) {
        Objects.requireNonNull(request, "request");
        PendingCheck pending = new PendingCheck(request, new CompletableFuture<>());
        warmup.stop(); // a warm-up still hashing gives way at once: this request is decided right after it
        try {
            checker.execute(pending);
        } catch (RejectedExecutionException closing) {
            pending.refuseClosed();
        }
        return pending.answer();
    }

    private Decision<UpdateFirmwareResponse> decide(FirmwareUpdateRequest request) {
        // L01.FR.24 and its note: the running or waiting update is cancelled first, so a request that fails its own
        // checks below still cancels it (a CSMS may cancel without starting a new update). Only an install cannot
        // be cancelled (L01.FR.27).
        FirmwareJobs.Cancel cancel = jobs.cancelRunning(request.requestId());
        switch (cancel) {
            case CLOSED:
                return Decision.because(UpdateFirmwareResponse.Rejected, "the firmware updater is shutting down");
            case INSTALLING:
                log.info("UpdateFirmware {} rejected: an update is installing", request.requestId());
                return Decision.because(
                        UpdateFirmwareResponse.Rejected,
                        "FwUpdateInProgress", // Part 2 Appendix 5
                        "a firmware update is being installed"); // L01.FR.27
            default:
                break;
        }
        boolean cancelled = cancel == FirmwareJobs.Cancel.CANCELLED;
        FirmwareRequestCheck.Result check = requestCheck.decide(request); // on ocpp-firmware-check: may fetch a CRL
        if (!check.accepted()) {
            // L01.FR.24 note: the answer is the new request's own refusal (L01.FR.02 fixes InvalidCertificate for a
            // certificate that does not verify); the cancel it caused is said in the reason (README: firmware).
            String reason = cancelled ? check.reason() + "; the running update was cancelled" : check.reason();
            log.info("UpdateFirmware {} answered {}: {}", request.requestId(), check.refusal(), reason);
            if (cancelled) {
                jobs.nothingRunsAfterCancel();
            }
            return check.reasonCode() == null
                    ? Decision.because(check.refusal(), reason)
                    : Decision.because(check.refusal(), check.reasonCode(), reason);
        }
        return jobs.start(request, check.signature(), cancelled);
    }

    /**
     * {@code allow_firmware_installation}. The local system does not wait for it: it has no EVSEs of its own
     * to take out of service, so it installs as soon as the image is verified and installDateTime has come
     * (EVerest's reference System module does the same).
     */
    public void allowFirmwareInstallation() {
        log.debug("allow_firmware_installation received; the local system installs without waiting for it");
    }

    /** Called by the runtime once at start, after the boot: ends or resumes what the state file holds. */
    public void resume() {
        synchronized (closing) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
        }
        jobs.resume();
    }

    /**
     * Pays the first UpdateFirmware's one-time costs now, while the station idles after its boot (see {@link
     * FirmwareWarmup}): one task on "ocpp-firmware-check", which an UpdateFirmware arriving meanwhile cuts short.
     */
    public void warmUp() {
        try {
            checker.execute(warmup);
        } catch (RejectedExecutionException closing) {
            // closed meanwhile: nothing to warm up for
        }
    }

    /** The warm-up's task (for tests). */
    FirmwareWarmup warmup() {
        return warmup;
    }

    /** The last status reported (persisted across restarts), for TriggerMessage FirmwareStatusNotification. */
    public Optional<FirmwareUpdateStatus> lastStatus() {
        return jobs.lastStatus();
    }

    /**
     * A barrier for this package's tests: completes once every task queued before it on "ocpp-firmware-check", and
     * then every task queued on "ocpp-firmware" by then, has run. Statuses are reported from those two threads (and
     * by {@link #resume()} on its caller's), so a status not reported by then was not on its way. Completes at once
     * when the updater is closed.
     */
    CompletableFuture<Void> drained() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (closing) {
            if (closed) {
                done.complete(null);
                return done;
            }
            checker.execute(() -> {
                try {
                    worker.execute(() -> done.complete(null));
                } catch (RejectedExecutionException closedMeanwhile) {
                    done.complete(null);
                }
            });
        }
        return done;
    }

    /** Whether an update is under way (scheduled, downloading, installing or waiting for its reboot). */
    public boolean inProgress() {
        return jobs.inProgress();
    }

    /** Stops the threads; the state file stays as it is, for {@link #resume()} at the next start. */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
        }
        jobs.close();
        for (Runnable notStarted : checker.shutdownNow()) {
            if (notStarted instanceof PendingCheck pending) {
                pending.refuseClosed(); // every stage completes, even when its check never ran
            }
        }
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("ocpp-firmware worker did not stop within 10 s");
            }
            // A check in a CRL download ends within the transfer time-out; its decision then sees "closed".
            if (!checker.awaitTermination(config.transferTimeout().toSeconds() + 1, TimeUnit.SECONDS)) {
                log.warn("ocpp-firmware-check did not stop within the transfer time-out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request waiting for its check on "ocpp-firmware-check". */
    private final class PendingCheck implements Runnable {
        private final FirmwareUpdateRequest request;
        private final CompletableFuture<Decision<UpdateFirmwareResponse>> answer;

        PendingCheck(FirmwareUpdateRequest request, CompletableFuture<Decision<UpdateFirmwareResponse>> answer) {
            this.request = request;
            this.answer = answer;
        }

        CompletionStage<Decision<UpdateFirmwareResponse>> answer() {
            return answer;
        }

        @Override
        public void run() {
            try {
                answer.complete(decide(request));
            } catch (RuntimeException e) {
                log.error("UpdateFirmware {} could not be decided", request.requestId(), e);
                answer.complete(Decision.because(UpdateFirmwareResponse.Rejected, "internal error in the check"));
            }
        }

        void refuseClosed() {
            answer.complete(Decision.because(UpdateFirmwareResponse.Rejected, "the firmware updater is shutting down"));
        }
    }
}
