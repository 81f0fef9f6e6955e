package org.ocppbridge.bridge.station;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.mappings.system.BootReason;

/**
 * What the station needs to know about itself and its timings.
 *
 * @param chargingStation vendor, model and firmware version for BootNotification
 * @param bootReason why this boot happened (the system's answer to {@code get_boot_reason})
 * @param callTimeout how long a CALL of ours waits for its answer
 * @param defaultHeartbeatInterval used when the CSMS's interval is 0
 * @param defaultBootRetry wait before the next BootNotification when the CSMS gave no interval or the call failed
 * @param resetFlushLimit how long a reset waits for queued notifications to leave
 * @param notificationRetry wait before resending a notification whose CALL timed out
 * @param deviceModelFile where the device model keeps the values the CSMS wrote; null: in memory only
 * @param lastFirmwareStatusFile where the last firmware status is kept across restarts (L01.FR.26); null: in
 *     memory only
 * @param scheduledResetFile where a Reset answered Scheduled is kept until the next boot (B12.FR.01); null: in
 *     memory only
 */
public record StationSettings(
        ChargingStationType chargingStation,
        BootReason bootReason,
        Duration callTimeout,
        Duration defaultHeartbeatInterval,
        Duration defaultBootRetry,
        Duration resetFlushLimit,
        Duration notificationRetry,
        Path deviceModelFile,
        Path lastFirmwareStatusFile,
        Path scheduledResetFile) {

    public StationSettings {
        Objects.requireNonNull(chargingStation, "chargingStation");
        Objects.requireNonNull(bootReason, "bootReason");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(defaultHeartbeatInterval, "defaultHeartbeatInterval");
        Objects.requireNonNull(defaultBootRetry, "defaultBootRetry");
        Objects.requireNonNull(resetFlushLimit, "resetFlushLimit");
        Objects.requireNonNull(notificationRetry, "notificationRetry");
    }
}
