package org.ocppbridge.mappings.system;

import java.time.Instant;
import java.util.Objects;

/**
 * The system type {@code UploadLogsRequest}.
 *
 * @param retries how many upload attempts in all (see {@link FirmwareUpdateRequest}); null when unset
 * @param retryIntervalS seconds between attempts; null when unset
 * @param oldestTimestamp the window's start; null means no lower bound
 * @param latestTimestamp the window's end; null means no upper bound
 * @param location the URL the archive is uploaded to
 * @param type the log type, OCPP's {@code DiagnosticsLog} or {@code SecurityLog}; null when unset
 * @param requestId the id of the OCPP request; optional in the seed
 */
public record UploadLogsRequest(
        Integer retries,
        Integer retryIntervalS,
        Instant oldestTimestamp,
        Instant latestTimestamp,
        String location,
        String type,
        Integer requestId) {

    public UploadLogsRequest {
        Objects.requireNonNull(location, "location");
        if (retries != null && retries < 1) {
            throw new IllegalArgumentException("retries must be at least 1 (it counts all attempts)");
        }
        if (retryIntervalS != null && retryIntervalS < 0) {
            throw new IllegalArgumentException("retryIntervalS must not be negative");
        }
    }
}
