package org.ocppbridge.mappings;

import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.mappings.system.BootReason;

/** The system's {@code get_boot_reason} ↔ BootNotification's {@code reason} (B01): the same nine names. */
public final class BootMapping {

    private BootMapping() {}

    public static BootReasonEnumType toOcpp(BootReason reason) {
        return switch (reason) {
            case ApplicationReset -> BootReasonEnumType.ApplicationReset;
            case FirmwareUpdate -> BootReasonEnumType.FirmwareUpdate;
            case LocalReset -> BootReasonEnumType.LocalReset;
            case PowerUp -> BootReasonEnumType.PowerUp;
            case RemoteReset -> BootReasonEnumType.RemoteReset;
            case ScheduledReset -> BootReasonEnumType.ScheduledReset;
            case Triggered -> BootReasonEnumType.Triggered;
            case Unknown -> BootReasonEnumType.Unknown;
            case Watchdog -> BootReasonEnumType.Watchdog;
        };
    }

    public static BootReason toSystem(BootReasonEnumType reason) {
        return switch (reason) {
            case ApplicationReset -> BootReason.ApplicationReset;
            case FirmwareUpdate -> BootReason.FirmwareUpdate;
            case LocalReset -> BootReason.LocalReset;
            case PowerUp -> BootReason.PowerUp;
            case RemoteReset -> BootReason.RemoteReset;
            case ScheduledReset -> BootReason.ScheduledReset;
            case Triggered -> BootReason.Triggered;
            case Unknown -> BootReason.Unknown;
            case Watchdog -> BootReason.Watchdog;
        };
    }
}
