package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firmware half of the default local system: {@code update_firmware} and {@code allow_firmware_installation}
 * done for real (certificate and revocation checks, one-pass download with signature and SHA-256, install
 * command, reboot), reporting {@code firmware_update_status} to a callback, with its progress kept in the data
 * dir so that a restart ends in the right status.
 *
 * <p>Threads: one worker, "ocpp-firmware", owned here and stopped by {@link #close()}; timers run on the
 * injected scheduler. {@link #updateFirmware} runs on the caller's thread and may take up to the transfer
 * time-out when it fetches a CRL.
 */
public final class LocalFirmwareUpdater implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalFirmwareUpdater.class);

    private final Object lock = new Object();
    private final FirmwareConfig config;
    private final FirmwareRequestCheck requestCheck;
    private final FirmwareStateStore store;
    private final FirmwareJob.Tools tools;
    private final ExecutorService worker;
    private final Consumer<FirmwareUpdateStatus> listener;
    private final Host host = new Host();
    private long jobSequence;
    private FirmwareJob current;
    private FirmwareUpdateStatus lastStatus;
    private boolean closed;
    /** Why the last refused request was refused, for the response's statusInfo. */
    private volatile String lastRefusal;

    public LocalFirmwareUpdater(
            FirmwareConfig config,
            Clock clock,
            ScheduledExecutorService scheduler,
            StationRestarter restarter,
            Consumer<FirmwareUpdateStatus> listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data dir " + config.dataDir(), e);
        }
        SSLContext tls = TlsTrust.context(config.csmsCaPem());
        SigningCertificateCheck certificates = config.trustAnchorPem() == null
                ? null
                : new SigningCertificateCheck(
                        config.trustAnchorPem(),
                        new RevocationCheck(config.crlPath(), config.transferTimeout()),
                        clock);
        if (config.allowUnsigned()) {
            log.warn("**********************************************************************");
            log.warn("* UNSIGNED FIRMWARE IS ALLOWED: any image the CSMS names is installed *");
            log.warn("**********************************************************************");
        }
        this.requestCheck = new FirmwareRequestCheck(certificates, config.allowUnsigned());
        this.store = new FirmwareStateStore(config.dataDir());
        this.worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "ocpp-firmware"));
        InstallCommand installer = new InstallCommand(
                config.installCommand(),
                config.installTimeout(),
                config.dataDir().resolve("install.log"));
        this.tools = new FirmwareJob.Tools(
                new FirmwareDownloader(tls, config.transferTimeout()),
                installer,
                clock,
                Objects.requireNonNull(scheduler, "scheduler"),
                worker,
                Objects.requireNonNull(restarter, "restarter"),
                config.defaultRetries(),
                config.defaultRetryInterval());
        this.lastStatus = store.load()
                .map(state ->
                        new FirmwareUpdateStatus(state.status(), state.request().requestId()))
                .orElse(null);
    }

    /**
     * Whether the state kept on disk is an install waiting for its reboot; asked at start, before the boot reason
     * is reported, so a kill between InstallRebooting and the reboot still boots as FirmwareUpdate.
     */
    public boolean awaitsReboot() {
        return lastStatus != null && lastStatus.firmwareUpdateStatus() == FirmwareUpdateStatusEnum.InstallRebooting;
    }

    /**
     * Decides on the request and starts it in the background. Refusals happen before anything is downloaded:
     * Rejected (unsupported location, unsigned or no trust anchor without allowUnsigned, or an install running:
     * L01.FR.27), InvalidCertificate / RevokedCertificate (L01.FR.22). A running or waiting update is cancelled
     * and the answer is AcceptedCanceled (L01.FR.24).
     */
    public UpdateFirmwareResponse updateFirmware(FirmwareUpdateRequest request) {
        Objects.requireNonNull(request, "request");
        FirmwareRequestCheck.Decision decision = requestCheck.decide(request); // outside the lock: may fetch a CRL
        if (!decision.accepted()) {
            log.info("UpdateFirmware {} answered {}: {}", request.requestId(), decision.refusal(), decision.reason());
            lastRefusal = decision.reason();
            return decision.refusal();
        }
        synchronized (lock) {
            if (closed) {
                return UpdateFirmwareResponse.Rejected;
            }
            UpdateFirmwareResponse answer = UpdateFirmwareResponse.Accepted;
            if (current != null) {
                if (current.isInstalling()) {
                    log.info(
                            "UpdateFirmware {} rejected: update {} is installing",
                            request.requestId(),
                            current.requestId());
                    lastRefusal = "a firmware update is being installed";
                    return UpdateFirmwareResponse.Rejected; // L01.FR.27
                }
                log.info("UpdateFirmware {} cancels update {}", request.requestId(), current.requestId());
                current.cancel(); // L01.FR.24: the old one never reports again (see Host.report)
                answer = UpdateFirmwareResponse.AcceptedCanceled;
            }
            current = newJob(new FirmwareState(request, FirmwareUpdateStatusEnum.Idle, 1), decision.signature());
            // Persisted before the answer goes out, so an accepted update survives a crash before it starts.
            host.report(current, current.state(), false);
            current.start();
            return answer;
        }
    }

    /** Why the last refused request was refused; empty when none was. */
    public Optional<String> lastRefusalReason() {
        return Optional.ofNullable(lastRefusal);
    }

    /**
     * {@code allow_firmware_installation}. The local system does not wait for it: it has no EVSEs of its own
     * to take out of service, so it installs as soon as the image is verified and installDateTime has come
     * (EVerest's reference System module does the same).
     */
    public void allowFirmwareInstallation() {
        log.debug("allow_firmware_installation received; the local system installs without waiting for it");
    }

    /**
     * Called by the runtime once at start, after the boot: ends or resumes what the state file holds.
     * <ul>
     *   <li>InstallRebooting (the reboot happened) → Installed.
     *   <li>Installing (the process died inside the installer) → InstallationFailed: a half-run installer is not
     *       run again blindly.
     *   <li>Downloading → the interrupted attempt starts again from byte 0 (Downloading is reported again); a
     *       restart does not use up one of the request's attempts.
     *   <li>accepted but not started, or DownloadScheduled → scheduled again (or started when the time has
     *       passed).
     *   <li>Downloaded, SignatureVerified, InstallScheduled → downloaded and verified again from the start: an
     *       image left on disk by an earlier process is not trusted. The install time is kept.
     *   <li>a final status → nothing (it was reported before).
     * </ul>
     */
    public void resume() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            if (current != null && current.state().status() != FirmwareUpdateStatusEnum.InstallRebooting) {
                return; // work started in this process is still going on
            }
            current = null;
            Optional<FirmwareState> saved = store.load();
            if (saved.isEmpty() || saved.get().isFinal()) {
                deleteStaleImages();
                return;
            }
            FirmwareState state = saved.get();
            FirmwareUpdateStatusEnum status = state.status();
            deleteStaleImages(); // installed, failed, or downloaded again into a new file
            switch (status) {
                case InstallRebooting -> conclude(state, FirmwareUpdateStatusEnum.Installed); // L01.FR.31 path
                case Installing -> conclude(state, FirmwareUpdateStatusEnum.InstallationFailed);
                case Idle, DownloadScheduled, Downloading -> restart(state); // the interrupted attempt again
                default -> restart(state.withAttempt(1));
            }
        }
    }

    /** The last status reported (persisted across restarts), for TriggerMessage FirmwareStatusNotification. */
    public Optional<FirmwareUpdateStatus> lastStatus() {
        synchronized (lock) {
            return Optional.ofNullable(lastStatus);
        }
    }

    /** Whether an update is under way (scheduled, downloading, installing or waiting for its reboot). */
    public boolean inProgress() {
        synchronized (lock) {
            return current != null;
        }
    }

    /** Stops the worker; the state file stays as it is, for {@link #resume()} at the next start. */
    @Override
    public void close() {
        FirmwareJob running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            running = current;
        }
        if (running != null) {
            running.stop();
        }
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("ocpp-firmware worker did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void restart(FirmwareState state) {
        FirmwareJob job;
        try {
            job = newJob(state, FirmwareRequestCheck.signatureOf(state.request()));
        } catch (IllegalStateException e) {
            log.error("Cannot resume firmware update {}: {}", state.request().requestId(), e.getMessage());
            conclude(state, FirmwareUpdateStatusEnum.DownloadFailed);
            return;
        }
        current = job;
        job.start();
    }

    private void conclude(FirmwareState state, FirmwareUpdateStatusEnum status) {
        current = newJob(state, null);
        current.conclude(status);
    }

    private FirmwareJob newJob(FirmwareState state, SignatureCheck signature) {
        Path image =
                config.dataDir().resolve("firmware-" + state.request().requestId() + "-" + (++jobSequence) + ".bin");
        FirmwareJob job = new FirmwareJob(host, tools, state, signature, image);
        if (state.status() == FirmwareUpdateStatusEnum.InstallRebooting
                || state.status() == FirmwareUpdateStatusEnum.Installing) {
            job.markInstalling();
        }
        return job;
    }

    private void deleteStaleImages() {
        try (DirectoryStream<Path> images = Files.newDirectoryStream(config.dataDir(), "firmware-*.bin")) {
            for (Path image : images) {
                Files.deleteIfExists(image);
            }
        } catch (IOException e) {
            log.warn("Cannot clean old firmware images in {}: {}", config.dataDir(), e.toString());
        }
    }

    /** The job's view of this updater: one lock for cancellation, persistence and reporting. */
    private final class Host implements FirmwareJob.Host {
        @Override
        public boolean report(FirmwareJob job, FirmwareState state, boolean announce) {
            synchronized (lock) {
                if (closed || job != current) {
                    return false;
                }
                try {
                    store.save(state); // persisted before it is reported: a crash never loses a reported status
                } catch (UncheckedIOException e) {
                    log.error("Firmware state not saved; reporting anyway: {}", e.getMessage());
                }
                if (!announce) {
                    return true;
                }
                FirmwareUpdateStatus status =
                        new FirmwareUpdateStatus(state.status(), state.request().requestId());
                lastStatus = status;
                try {
                    listener.accept(status); // L01.FR.20: every status carries the requestId
                } catch (RuntimeException e) {
                    log.error("Firmware status listener failed on {}", status, e);
                }
                return true;
            }
        }

        @Override
        public boolean beginInstall(FirmwareJob job) {
            synchronized (lock) {
                if (closed || job != current || job.isCancelled()) {
                    return false;
                }
                job.markInstalling();
                return true;
            }
        }

        @Override
        public void finished(FirmwareJob job) {
            synchronized (lock) {
                if (job == current) {
                    current = null;
                }
            }
        }
    }
}
