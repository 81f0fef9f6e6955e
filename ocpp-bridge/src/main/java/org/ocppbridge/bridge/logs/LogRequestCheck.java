package org.ocppbridge.bridge.logs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.mappings.system.UploadLogsRequest;

/**
 * Decides on a log request before it is answered, once: a log type the bridge collects, a location in a scheme
 * the transfer layer speaks, and for DiagnosticsLog something to collect (N01.FR.05), else Rejected with the reason
 * and its Part 2 Appendix 5 reason code. An accepted request becomes the {@link PendingUpload}
 * that is persisted and run; a location that is in a supported scheme but malformed is accepted and ends in
 * BadMessage without an attempt (see {@link UploadLocation}).
 */
final class LogRequestCheck {

    /**
     * @param accepted the upload to run; null when refused
     * @param refusal why the request is Rejected; null when accepted
     * @param reasonCode the Part 2 Appendix 5 reason code of a refusal; null when accepted
     */
    record Result(PendingUpload accepted, String refusal, String reasonCode) {
        Result {
            if ((accepted == null) == (refusal == null) || (refusal == null) != (reasonCode == null)) {
                throw new IllegalArgumentException("exactly one of accepted and refusal, a refusal with its code");
            }
        }

        static Result refused(String reasonCode, String refusal) {
            return new Result(null, refusal, reasonCode);
        }

        Optional<String> refusalReason() {
            return Optional.ofNullable(refusal);
        }
    }

    private final LogUploadSettings settings;

    LogRequestCheck(LogUploadSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @param now when the request arrived, for the archive's name */
    Result check(UploadLogsRequest request, Instant now) {
        Optional<LogType> type = LogType.parse(request.type());
        if (type.isEmpty()) {
            return Result.refused("UnsupportedParam", "unsupported log type");
        }
        UploadLocation location = UploadLocation.check(request.location());
        if (location.kind() == UploadLocation.Kind.UNSUPPORTED) {
            return Result.refused("InvalidURL", location.reason());
        }
        if (type.get() == LogType.DiagnosticsLog && settings.logDir() == null) {
            // N01.FR.05: nothing to collect (no --log-dir: no charger logs and no own log file), so no empty
            // archive reported Uploaded.
            return Result.refused(
                    "NotFound", "no diagnostics logs to collect: the bridge was started without --log-dir");
        }
        int requestId = request.requestId() == null ? -1 : request.requestId();
        return new Result(
                new PendingUpload(
                        requestId,
                        request.location(),
                        type.get(),
                        LogArchiveName.of(settings.stationId(), type.get(), requestId, now),
                        request.retries() == null ? settings.defaultAttempts() : request.retries(),
                        request.retryIntervalS() == null ? settings.defaultRetryIntervalS() : request.retryIntervalS(),
                        request.oldestTimestamp(),
                        request.latestTimestamp(),
                        0),
                null,
                null);
    }
}
