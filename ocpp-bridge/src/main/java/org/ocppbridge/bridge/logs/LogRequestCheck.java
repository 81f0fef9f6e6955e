package org.ocppbridge.bridge.logs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.mappings.system.UploadLogsRequest;

/**
 * Decides on a log request before it is answered, once: a log type the bridge collects and a location in a scheme
 * the transfer layer speaks, else Rejected with the reason. An accepted request becomes the {@link PendingUpload}
 * that is persisted and run; a location that is in a supported scheme but malformed is accepted and ends in
 * BadMessage without an attempt (see {@link UploadLocation}).
 */
final class LogRequestCheck {

    /**
     * @param accepted the upload to run; null when refused
     * @param refusal why the request is Rejected; null when accepted
     */
    record Result(PendingUpload accepted, String refusal) {
        Result {
            if ((accepted == null) == (refusal == null)) {
                throw new IllegalArgumentException("exactly one of accepted and refusal");
            }
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
            return new Result(null, "unsupported log type");
        }
        UploadLocation location = UploadLocation.check(request.location());
        if (location.kind() == UploadLocation.Kind.UNSUPPORTED) {
            return new Result(null, location.reason());
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
                null);
    }
}
