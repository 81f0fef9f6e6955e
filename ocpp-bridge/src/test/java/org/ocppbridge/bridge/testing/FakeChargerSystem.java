package org.ocppbridge.bridge.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.ResetType;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;

/**
 * A charger system a test scripts: it records every command in order and answers with the values the test set
 * (at once, or when the test completes {@link #firmwareDecision}); the test reports statuses through
 * {@link #report}. Thread-safe.
 */
public final class FakeChargerSystem implements ChargerSystem {

    public volatile UpdateFirmwareResponse firmwareAnswer = UpdateFirmwareResponse.Accepted;
    public volatile UploadLogsResponse logsAnswer = new UploadLogsResponse("fake.tar.gz", UploadLogsStatus.Accepted);
    public volatile boolean resetAllowed = true;
    public volatile BootReason bootReason = BootReason.PowerUp;
    /** When set, {@code update_firmware} answers with this stage (a charger that takes its time) instead. */
    public volatile CompletableFuture<Decision<UpdateFirmwareResponse>> firmwareDecision;

    /** Every command, as "name argument", in order. */
    public final BlockingQueue<Object> commands = new LinkedBlockingQueue<>();

    public final List<Instant> systemTimes = new CopyOnWriteArrayList<>();
    private volatile Listener listener;

    /** The next command the bridge gave, within 5 s. */
    public Object nextCommand() throws InterruptedException {
        Object command = commands.poll(5, TimeUnit.SECONDS);
        if (command == null) {
            throw new AssertionError("no command reached the system within 5 s");
        }
        return command;
    }

    public void report(FirmwareUpdateStatusEnum status, int requestId) {
        listener.onFirmwareUpdateStatus(new FirmwareUpdateStatus(status, requestId));
    }

    public void report(LogStatusEnum status, int requestId) {
        listener.onLogStatus(new LogStatus(status, requestId));
    }

    @Override
    public CompletionStage<Decision<UpdateFirmwareResponse>> updateFirmware(FirmwareUpdateRequest request) {
        commands.add(request);
        CompletableFuture<Decision<UpdateFirmwareResponse>> later = firmwareDecision;
        return later != null ? later : CompletableFuture.completedStage(Decision.of(firmwareAnswer));
    }

    @Override
    public void allowFirmwareInstallation() {
        commands.add("allow_firmware_installation");
    }

    @Override
    public CompletionStage<Decision<UploadLogsResponse>> uploadLogs(UploadLogsRequest request) {
        commands.add(request);
        return CompletableFuture.completedStage(Decision.of(logsAnswer));
    }

    @Override
    public CompletionStage<Decision<Boolean>> isResetAllowed(ResetType type) {
        commands.add("is_reset_allowed " + type);
        return CompletableFuture.completedStage(Decision.of(resetAllowed));
    }

    @Override
    public void reset(ResetType type, boolean scheduled) {
        commands.add("reset " + type + " scheduled=" + scheduled);
    }

    @Override
    public CompletionStage<Boolean> setSystemTime(Instant timestamp) {
        systemTimes.add(timestamp);
        return CompletableFuture.completedStage(true);
    }

    @Override
    public BootReason getBootReason() {
        return bootReason;
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void close() {}
}
