package org.ocppbridge.mappings.ocpp;

/** {@code BootNotificationRequest}: the station announces itself and why it (re)started. */
public record BootNotificationRequest(ChargingStationType chargingStation, BootReasonEnumType reason) {

    public BootNotificationRequest {
        Constraints.required(chargingStation, "BootNotificationRequest", "chargingStation");
        Constraints.required(reason, "BootNotificationRequest", "reason");
    }
}
