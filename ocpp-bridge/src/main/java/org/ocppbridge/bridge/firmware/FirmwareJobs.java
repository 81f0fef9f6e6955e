package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current update and what is kept of it: which {@link FirmwareJob} runs, its state file, the last status
 * reported. One lock guards acceptance, cancellation, persistence and reporting, so a superseded job can never
 * speak again. {@link LocalFirmwareUpdater} decides on requests and owns the threads; this class owns the jobs.
 */
final class FirmwareJobs {

    private static final Logger log = LoggerFactory.getLogger(FirmwareJobs.class);

    /** The system's request_id for "no request" (an Idle belongs to none). */
    private static final int NO_REQUEST = -1;

    private final Object lock = new Object();
    private final Path dataDir;
    private final FirmwareStateStore store;
    private final FirmwareJob.Tools tools;
    private final Consumer<FirmwareUpdateStatus> listener;
    private final Host host = new Host();
    private long jobSequence;
    private FirmwareJob current;
    private volatile FirmwareUpdateStatus lastStatus;
    private boolean closed;
    private final boolean rebootPending;

    FirmwareJobs(Path dataDir, FirmwareJob.Tools tools, Consumer<FirmwareUpdateStatus> listener) {
        this.dataDir = dataDir;
        this.store = new FirmwareStateStore(dataDir);
        this.tools = tools;
        this.listener = listener;
        Optional<FirmwareState> saved = store.load();
        this.rebootPending = saved.map(state -> state.status() == FirmwareUpdateStatusEnum.InstallRebooting)
                .orElse(false);
        // A reboot after a failed install was not announced: the last status reported was Installing.
        this.lastStatus = saved.map(state -> new FirmwareUpdateStatus(
                        state.outcome() != null ? FirmwareUpdateStatusEnum.Installing : state.status(),
                        state.request().requestId()))
                .orElse(null);
    }

    /**
     * Whether the state kept on disk at start is a reboot the update asked for: after its install, or after a
     * failed one (ER TC_L_08).
     */
    boolean awaitsReboot() {
        return rebootPending;
    }

    /** What {@link #cancelRunning} found and did. */
    enum Cancel {
        /** No update was running or waiting. */
        NOTHING_RUNNING,
        /** The running or waiting update was cancelled; it reports nothing more (L01.FR.24). */
        CANCELLED,
        /** An install runs (or waits for its reboot): it cannot be cancelled (L01.FR.27). */
        INSTALLING,
        /** The updater is shutting down. */
        CLOSED
    }

    /**
     * L01.FR.24 and its note: a new UpdateFirmware cancels the running or waiting update before the new request's own
     * checks run, so a request that then fails them (a location the bridge cannot fetch, no signature, a certificate
     * that does not verify) still cancels. The cancelled update reports nothing more (TC_L_10: from the cancel on,
     * every status carries the new requestId), and its state file is removed so that a restart does not resume it.
     */
    Cancel cancelRunning(int newRequestId) {
        synchronized (lock) {
            if (closed) {
                return Cancel.CLOSED;
            }
            if (current == null) {
                return Cancel.NOTHING_RUNNING;
            }
            if (current.isInstalling()) {
                return Cancel.INSTALLING; // L01.FR.27
            }
            log.info("UpdateFirmware {} cancels update {}", newRequestId, current.requestId());
            current.cancel(); // L01.FR.24: the old one never reports again (see Host.report)
            current = null;
            try {
                store.clear();
            } catch (UncheckedIOException e) {
                log.error("The cancelled update's state was not removed; a restart may resume it: {}", e.getMessage());
            }
            return Cancel.CANCELLED;
        }
    }

    /**
     * The request that cancelled the running update failed its own checks (L01.FR.24 note): nothing runs now. The
     * system says Idle (no requestId), so the station stops counting the old update as busy and a triggered
     * FirmwareStatusNotification answers Idle (L01.FR.25/26) rather than the cancelled update's last status.
     */
    void nothingRunsAfterCancel() {
        synchronized (lock) {
            if (closed || current != null) {
                return;
            }
            FirmwareUpdateStatus idle = new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Idle, NO_REQUEST);
            lastStatus = idle;
            try {
                listener.accept(idle);
            } catch (RuntimeException e) {
                log.error("Firmware status listener failed on {}", idle, e);
            }
        }
    }

    /**
     * Starts a request whose checks passed: Rejected while an install runs (L01.FR.27), else the running or waiting
     * update is cancelled (AcceptedCanceled, L01.FR.24) and the new one starts.
     *
     * @param cancelledBefore whether {@link #cancelRunning} cancelled an update for this request (AcceptedCanceled)
     */
    Decision<UpdateFirmwareResponse> start(
            FirmwareUpdateRequest request, SignatureCheck signature, boolean cancelledBefore) {
        synchronized (lock) {
            if (closed) {
                return Decision.because(UpdateFirmwareResponse.Rejected, "the firmware updater is shutting down");
            }
            UpdateFirmwareResponse answer =
                    cancelledBefore ? UpdateFirmwareResponse.AcceptedCanceled : UpdateFirmwareResponse.Accepted;
            if (current != null) {
                if (current.isInstalling()) {
                    log.info(
                            "UpdateFirmware {} rejected: update {} is installing",
                            request.requestId(),
                            current.requestId());
                    return Decision.because(
                            UpdateFirmwareResponse.Rejected,
                            "FwUpdateInProgress", // Part 2 Appendix 5
                            "a firmware update is being installed"); // L01.FR.27
                }
                log.info("UpdateFirmware {} cancels update {}", request.requestId(), current.requestId());
                current.cancel(); // L01.FR.24: the old one never reports again (see Host.report)
                answer = UpdateFirmwareResponse.AcceptedCanceled;
            }
            current = newJob(new FirmwareState(request, FirmwareUpdateStatusEnum.Idle, 1), signature);
            // Persisted before the answer goes out, so an accepted update survives a crash before it starts.
            host.report(current, current.state(), false);
            current.start();
            return Decision.of(answer);
        }
    }

    /**
     * Called by the runtime once at start, after the boot: ends or resumes what the state file holds.
     * <ul>
     *   <li>InstallRebooting (the reboot happened) → Installed, or the failure of a failed install that rebooted
     *       (ER TC_L_08: InstallationFailed or InstallVerificationFailed after the reboot).
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
    void resume() {
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
                // L01.FR.31 path; after a failed install, its failure (ER TC_L_08)
                case InstallRebooting ->
                    conclude(state, state.outcome() != null ? state.outcome() : FirmwareUpdateStatusEnum.Installed);
                case Installing -> conclude(state, FirmwareUpdateStatusEnum.InstallationFailed);
                case Idle, DownloadScheduled, Downloading -> restart(state); // the interrupted attempt again
                default -> restart(state.withAttempt(1));
            }
        }
    }

    Optional<FirmwareUpdateStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    boolean inProgress() {
        synchronized (lock) {
            return current != null;
        }
    }

    /** No job starts or reports from now on; the running one is stopped, its state file stays. */
    void close() {
        FirmwareJob running;
        synchronized (lock) {
            closed = true;
            running = current;
        }
        if (running != null) {
            running.stop();
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
        Path image = dataDir.resolve("firmware-" + state.request().requestId() + "-" + (++jobSequence) + ".bin");
        FirmwareJob job = new FirmwareJob(host, tools, state, signature, image);
        if (state.status() == FirmwareUpdateStatusEnum.InstallRebooting
                || state.status() == FirmwareUpdateStatusEnum.Installing) {
            job.markInstalling();
        }
        return job;
    }

    private void deleteStaleImages() {
        try (DirectoryStream<Path> images = Files.newDirectoryStream(dataDir, "firmware-*.bin")) {
            for (Path image : images) {
                Files.deleteIfExists(image);
            }
        } catch (IOException e) {
            log.warn("Cannot clean old firmware images in {}: {}", dataDir, e.toString());
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
