package org.ocppbridge.mappings.ocpp;

/**
 * {@code UpdateFirmwareRequest}.
 *
 * <p>The official schema sets no minimum for {@code retries} and {@code retryInterval}; the bridge requires
 * ≥ 0 because a negative count or interval has no meaning.
 *
 * @param retries retries after the first attempt; null leaves it to the station
 * @param retryInterval seconds between attempts; null leaves it to the station
 * @param requestId the id every FirmwareStatusNotification of this update carries (L01.FR.20)
 * @param firmware the image and its schedule
 */
public record UpdateFirmwareRequest(Integer retries, Integer retryInterval, int requestId, FirmwareType firmware) {

    public UpdateFirmwareRequest {
        Constraints.min(retries, 0, "UpdateFirmwareRequest", "retries");
        Constraints.min(retryInterval, 0, "UpdateFirmwareRequest", "retryInterval");
        Constraints.required(firmware, "UpdateFirmwareRequest", "firmware");
    }
}
