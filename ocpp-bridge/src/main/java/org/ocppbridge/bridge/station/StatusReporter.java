package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.queue.Retention;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.FirmwareStatusMapping;
import org.ocppbridge.mappings.LogStatusMapping;
import org.ocppbridge.mappings.SecurityEventMapping;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatus;

/**
 * Turns the system's variables into notifications: each FirmwareUpdateStatus becomes a
 * FirmwareStatusNotification and each LogStatus a LogStatusNotification with the requestId of the request that
 * started the work (L01.FR.20, N01), through the durable queue. A consecutive duplicate is not resent. Called
 * from any thread.
 */
final class StatusReporter implements ChargerSystem.Listener {

    private final Outbox outbox;
    private final SecurityEvents securityEvents;
    private final FirmwareStatusTracker firmware;
    private final LogStatusTracker logs;
    private final Runnable onStatusChange;

    StatusReporter(
            Outbox outbox,
            SecurityEvents securityEvents,
            FirmwareStatusTracker firmware,
            LogStatusTracker logs,
            Runnable onStatusChange) {
        this.outbox = outbox;
        this.securityEvents = securityEvents;
        this.firmware = firmware;
        this.logs = logs;
        this.onStatusChange = onStatusChange;
    }

    @Override
    public void onFirmwareUpdateStatus(FirmwareUpdateStatus status) {
        if (status.firmwareUpdateStatus() == FirmwareUpdateStatusEnum.Idle) {
            // L01.FR.25/26: Idle belongs to no update and goes to the CSMS only when triggered. The system saying it
            // is idle (the local one after a cancel that started nothing, L01.FR.24) changes what a trigger answers
            // and ends "busy" for a waiting OnIdle reset, and is not sent.
            if (firmware.record(status)) {
                onStatusChange.run();
            }
            return;
        }
        if (!firmware.record(status)) {
            return;
        }
        // A final status is never dropped when the queue is full; an intermediate one may be.
        Retention retention =
                FirmwareStatusTracker.isFinal(status.firmwareUpdateStatus()) ? Retention.KEEP : Retention.DROPPABLE;
        outbox.enqueue("FirmwareStatusNotification", FirmwareStatusMapping.toOcpp(status), retention);
        // L01.FR.03: an invalid signature is also a security event.
        SecurityEventMapping.forFirmwareStatus(status.firmwareUpdateStatus())
                .ifPresent(type -> securityEvents.raise(type, "requestId " + status.requestId()));
        onStatusChange.run();
    }

    @Override
    public void onLogStatus(LogStatus status) {
        if (!logs.record(status)) {
            return;
        }
        Retention retention = LogStatusTracker.isFinal(status.logStatus()) ? Retention.KEEP : Retention.DROPPABLE;
        outbox.enqueue("LogStatusNotification", LogStatusMapping.toOcpp(status), retention);
        onStatusChange.run();
    }
}
