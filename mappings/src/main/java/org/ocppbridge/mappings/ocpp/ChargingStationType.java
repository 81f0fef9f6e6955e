package org.ocppbridge.mappings.ocpp;

/**
 * {@code ChargingStationType}: who the station is, sent in BootNotification.
 *
 * @param serialNumber ≤ 25 characters; null when not reported
 * @param model ≤ 20 characters
 * @param modem null when the station has no modem to report
 * @param vendorName ≤ 50 characters
 * @param firmwareVersion ≤ 50 characters; null when not reported
 */
public record ChargingStationType(
        String serialNumber, String model, ModemType modem, String vendorName, String firmwareVersion) {

    public ChargingStationType {
        Constraints.maxLength(serialNumber, 25, "ChargingStationType", "serialNumber");
        Constraints.requiredMaxLength(model, 20, "ChargingStationType", "model");
        Constraints.requiredMaxLength(vendorName, 50, "ChargingStationType", "vendorName");
        Constraints.maxLength(firmwareVersion, 50, "ChargingStationType", "firmwareVersion");
    }
}
