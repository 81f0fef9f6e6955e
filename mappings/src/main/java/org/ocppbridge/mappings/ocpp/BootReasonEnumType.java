package org.ocppbridge.mappings.ocpp;

/** {@code BootReasonEnumType}: why the station sent its BootNotification. Constant names are the JSON strings. */
public enum BootReasonEnumType {
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
