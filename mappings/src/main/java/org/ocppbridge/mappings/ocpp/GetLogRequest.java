package org.ocppbridge.mappings.ocpp;

/**
 * {@code GetLogRequest}.
 *
 * <p>{@code retries} and {@code retryInterval} must be ≥ 0 (the bridge's rule, as in
 * {@link UpdateFirmwareRequest}).
 *
 * @param log where to and which window
 * @param logType which log
 * @param requestId the id every LogStatusNotification of this upload carries
 * @param retries retries after the first attempt; null leaves it to the station
 * @param retryInterval seconds between attempts; null leaves it to the station
 */
public record GetLogRequest(
        LogParametersType log, LogEnumType logType, int requestId, Integer retries, Integer retryInterval) {

    public GetLogRequest {
        Constraints.required(log, "GetLogRequest", "log");
        Constraints.required(logType, "GetLogRequest", "logType");
        Constraints.min(retries, 0, "GetLogRequest", "retries");
        Constraints.min(retryInterval, 0, "GetLogRequest", "retryInterval");
    }
}
