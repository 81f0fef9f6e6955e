package org.ocppbridge.bridge.local;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.ocppbridge.bridge.firmware.FirmwareConfig;
import org.ocppbridge.bridge.firmware.LocalFirmwareUpdater;
import org.ocppbridge.bridge.logs.LocalLogService;
import org.ocppbridge.bridge.logs.LogUploadSettings;
import org.ocppbridge.bridge.logs.SecurityEventLog;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.bridge.system.HeldListener;
import org.ocppbridge.bridge.system.StationRestarter;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default system behind the port, for a Linux charger with nothing more than an install command: firmware
 * downloaded, verified and installed for real, logs archived and uploaded for real, resets through the
 * {@link StationRestarter} (the reset command, or an in-process restart).
 */
public final class LocalChargerSystem implements ChargerSystem {

    private static final Logger log = LoggerFactory.getLogger(LocalChargerSystem.class);

    private final LocalFirmwareUpdater firmware;
    private final LocalLogService logs;
    private final StationRestarter restarter;
    private final BootReason bootReason;
    private final Clock clock;
    private final HeldListener reports = new HeldListener();

    /**
     * @param manufacturerRoots the ManufacturerRootCertificates the CSMS installed (M05): firmware trust anchors
     *     beside {@code --firmware-trust-anchor}, asked for at every UpdateFirmware
     */
    public LocalChargerSystem(
            FirmwareConfig firmwareConfig,
            Supplier<? extends Collection<X509Certificate>> manufacturerRoots,
            LogUploadSettings logSettings,
            SecurityEventLog securityLog,
            Clock clock,
            ScheduledExecutorService timer,
            StationRestarter restarter,
            BootReason bootReason) {
        this.clock = clock;
        this.restarter = restarter;
        this.bootReason = bootReason;
        this.firmware = new LocalFirmwareUpdater(
                firmwareConfig, manufacturerRoots, clock, timer, restarter, reports::onFirmwareUpdateStatus);
        this.logs = new LocalLogService(logSettings, securityLog, clock, timer, reports::onLogStatus);
    }

    @Override
    public CompletionStage<Decision<UpdateFirmwareResponse>> updateFirmware(FirmwareUpdateRequest request) {
        // The request check (a CRL download included) runs on the firmware updater's own worker.
        return firmware.updateFirmware(request);
    }

    @Override
    public void allowFirmwareInstallation() {
        firmware.allowFirmwareInstallation();
    }

    @Override
    public CompletionStage<Decision<UploadLogsResponse>> uploadLogs(UploadLogsRequest request) {
        return logs.uploadLogs(request);
    }

    @Override
    public CompletionStage<Decision<Boolean>> isResetAllowed(ResetType type) {
        // An install must not be cut in half; the bridge answers OnIdle resets during other work with Scheduled.
        boolean allowed = firmware.lastStatus()
                .map(status -> status.firmwareUpdateStatus() != FirmwareUpdateStatusEnum.Installing)
                .orElse(true);
        return CompletableFuture.completedStage(
                allowed
                        ? Decision.of(true)
                        // Part 2 Appendix 5: the reason code for a reset refused during a firmware update.
                        : Decision.because(false, "FwUpdateInProgress", "a firmware update is being installed"));
    }

    @Override
    public void reset(ResetType type, boolean scheduled) {
        restarter.restart(scheduled ? BootReason.ScheduledReset : BootReason.RemoteReset);
    }

    @Override
    public CompletionStage<Boolean> setSystemTime(Instant timestamp) {
        // The bridge does not set the machine's clock (that needs root and belongs to NTP); a large drift is
        // logged so that an operator sees it.
        Duration offset = Duration.between(clock.instant(), timestamp);
        if (offset.abs().compareTo(Duration.ofMinutes(1)) > 0) {
            log.warn("The CSMS's clock differs from this machine's by {} s", offset.toSeconds());
        }
        return CompletableFuture.completedStage(true);
    }

    /**
     * The reason the runtime recorded, except that a Watchdog boot (the marker of a clean stop is missing) with an
     * install waiting for its reboot is that reboot: the process was killed between InstallRebooting and the
     * reboot's own record (L01: BootNotification FirmwareUpdate, then Installed).
     */
    @Override
    public BootReason getBootReason() {
        if (bootReason == BootReason.Watchdog && firmware.awaitsReboot()) {
            return BootReason.FirmwareUpdate;
        }
        return bootReason;
    }

    @Override
    public void setListener(Listener listener) {
        reports.bind(listener);
    }

    /** Picks up work a previous process left (an update awaiting its reboot, an interrupted upload). */
    public void resume() {
        firmware.resume();
        logs.resume();
    }

    /** Once the station has booted: the first UpdateFirmware's one-time costs, paid while it idles (issue 18). */
    public void warmUp() {
        firmware.warmUp();
    }

    @Override
    public void close() {
        firmware.close();
        logs.close();
    }
}
