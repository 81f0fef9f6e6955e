package org.ocppbridge.mappings.system;

import java.time.Instant;
import java.util.Objects;

/**
 * The system type {@code FirmwareUpdateRequest}: what the charger is asked to download, verify and install.
 *
 * <p>{@code retries} counts all download attempts (the seed: "how many times the system must try"), unlike
 * OCPP's {@code retries}, which counts the attempts after the first; the mapping converts.
 *
 * @param retries how many download attempts in all; null when the CSMS left it to the charger
 * @param retryIntervalS seconds between attempts; null when the CSMS left it to the charger
 * @param requestId the id of the OCPP request, carried on every status of this update
 * @param location URI of the firmware image
 * @param retrieveTimestamp when to start the download; null means now
 * @param installTimestamp when to install; null means as soon as downloaded and verified
 * @param signingCertificate PEM X.509 certificate whose key signed the image; null when unsigned
 * @param signature base64 signature of the image; null when unsigned
 */
public record FirmwareUpdateRequest(
        Integer retries,
        Integer retryIntervalS,
        int requestId,
        String location,
        Instant retrieveTimestamp,
        Instant installTimestamp,
        String signingCertificate,
        String signature) {

    public FirmwareUpdateRequest {
        Objects.requireNonNull(location, "location");
        if (retries != null && retries < 1) {
            throw new IllegalArgumentException("retries must be at least 1 (it counts all attempts)");
        }
        if (retryIntervalS != null && retryIntervalS < 0) {
            throw new IllegalArgumentException("retryIntervalS must not be negative");
        }
    }
}
