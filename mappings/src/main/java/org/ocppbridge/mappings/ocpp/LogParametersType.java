package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/**
 * {@code LogParametersType}: where to upload the log and which time window it covers.
 *
 * @param remoteLocation the upload URL; ≤ 512 characters
 * @param oldestTimestamp null means no lower bound
 * @param latestTimestamp null means no upper bound
 */
public record LogParametersType(String remoteLocation, Instant oldestTimestamp, Instant latestTimestamp) {

    public LogParametersType {
        Constraints.requiredMaxLength(remoteLocation, 512, "LogParametersType", "remoteLocation");
    }
}
