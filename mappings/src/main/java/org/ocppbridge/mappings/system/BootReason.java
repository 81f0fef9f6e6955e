package org.ocppbridge.mappings.system;

/** The system type {@code BootReason}: why the station (re)started, reported in BootNotification. */
public enum BootReason {
    ApplicationReset,
    FirmwareUpdate,
    LocalReset,
    PowerUp,
    RemoteReset,
    ScheduledReset,
    Triggered,
    Unknown,
    Watchdog
}
