package org.ocppbridge.mappings;

import java.util.List;
import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogEnumType;
import org.ocppbridge.mappings.ocpp.LogParametersType;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;

/**
 * GetLog (N01): the CSMS's request to the system's {@code upload_logs}, and its answer back.
 *
 * <p><b>A file name over 255 characters.</b> OCPP caps {@code filename} at 255; the seed sets no limit. When the
 * system's name is longer, the bridge keeps the system's status and leaves {@code filename} out, with a
 * statusInfo {@code NoError} that says why. Not Rejected: the system has already accepted and will report
 * Uploading/Uploaded with this requestId, and the port has no way to cancel it, so Rejected would be contradicted
 * by the notifications that follow. Not truncated (EVerest truncates): a shortened name points at no file on the
 * CSMS's server, while an absent one is honest, and {@code filename} is optional.
 */
public final class LogMapping {

    /** {@code statusInfo.reasonCode} when an over-long file name is left out. */
    public static final String FILENAME_OMITTED_REASON = "NoError";

    /** {@code statusInfo.additionalInfo} when an over-long file name is left out. */
    public static final String FILENAME_OMITTED_INFO =
            "The log file name is longer than the 255 characters OCPP allows, so it is left out.";

    /** The rows of the README table for {@link #toSystem(GetLogRequest)}. */
    public static final List<FieldRule> REQUEST_FIELDS = List.of(
            new FieldRule("requestId", "request_id", "copied; a negative id is refused (see RequestIds)"),
            new FieldRule("logType", "type", "the enum's name as a string: DiagnosticsLog, SecurityLog"),
            new FieldRule("log.remoteLocation", "location", "copied"),
            new FieldRule("log.oldestTimestamp", "oldest_timestamp", "copied; absent stays absent"),
            new FieldRule("log.latestTimestamp", "latest_timestamp", "copied; absent stays absent"),
            new FieldRule(
                    "retries",
                    "retries",
                    "n → n + 1 (OCPP counts retries, the system all attempts); " + "absent stays absent"),
            new FieldRule("retryInterval", "retry_interval_s", "copied (seconds); absent stays absent"));

    /** The rows of the README table for {@link #toOcpp(UploadLogsResponse)}. */
    public static final List<FieldRule> RESPONSE_FIELDS = List.of(
            new FieldRule("status", "upload_logs_status", "value by value, below"),
            new FieldRule(
                    "filename",
                    "file_name",
                    "copied when ≤ 255 characters; a longer name is left out " + "and statusInfo "
                            + FILENAME_OMITTED_REASON + " says so; the status is kept"),
            new FieldRule("statusInfo", FieldRule.NONE, "only for a left-out file name"));

    private LogMapping() {}

    /** GetLogRequest → UploadLogsRequest; refuses a negative requestId. */
    public static UploadLogsRequest toSystem(GetLogRequest request) {
        LogParametersType log = request.log();
        return new UploadLogsRequest(
                Retries.attemptsFromRetries(request.retries()),
                request.retryInterval(),
                log.oldestTimestamp(),
                log.latestTimestamp(),
                log.remoteLocation(),
                toSystem(request.logType()),
                RequestIds.requestToSystem(request.requestId()));
    }

    /**
     * UploadLogsRequest → GetLogRequest, the inverse of {@link #toSystem(GetLogRequest)}.
     *
     * @throws UnmappableValueException when {@code request_id} is absent or {@code type} is not an OCPP log type
     */
    public static GetLogRequest toOcpp(UploadLogsRequest request) {
        if (request.requestId() == null) {
            throw new UnmappableValueException("request_id", "MissingParam", "OCPP requires a requestId");
        }
        return new GetLogRequest(
                new LogParametersType(request.location(), request.oldestTimestamp(), request.latestTimestamp()),
                toOcpp(request.type()),
                request.requestId(),
                Retries.retriesFromAttempts(request.retries()),
                request.retryIntervalS());
    }

    /** UploadLogsResponse → GetLogResponse; see the class comment for a file name over 255 characters. */
    public static GetLogResponse toOcpp(UploadLogsResponse response) {
        LogStatusEnumType status = toOcpp(response.uploadLogsStatus());
        String fileName = response.fileName();
        if (fileName != null && fileName.codePointCount(0, fileName.length()) > GetLogResponse.FILENAME_MAX_LENGTH) {
            return new GetLogResponse(status, new StatusInfoType(FILENAME_OMITTED_REASON, FILENAME_OMITTED_INFO), null);
        }
        return new GetLogResponse(status, null, fileName);
    }

    /** The inverse of {@link #toOcpp(UploadLogsResponse)} (statusInfo has no system counterpart). */
    public static UploadLogsResponse toSystem(GetLogResponse response) {
        return new UploadLogsResponse(response.filename(), toSystem(response.status()));
    }

    /** The seed's {@code type} is a free string; the bridge writes OCPP's enum names into it. */
    public static String toSystem(LogEnumType logType) {
        return switch (logType) {
            case DiagnosticsLog -> "DiagnosticsLog";
            case SecurityLog -> "SecurityLog";
        };
    }

    /**
     * The inverse of {@link #toSystem(LogEnumType)}.
     *
     * @throws UnmappableValueException for null or any string that is not an OCPP 2.0.1 log type
     */
    public static LogEnumType toOcpp(String type) {
        for (LogEnumType logType : LogEnumType.values()) {
            if (toSystem(logType).equals(type)) {
                return logType;
            }
        }
        throw new UnmappableValueException(
                "type", "InvalidValue", "OCPP 2.0.1 knows only the log types DiagnosticsLog and SecurityLog");
    }

    /** One to one: the system's UploadLogsStatus is OCPP's LogStatusEnumType. */
    public static LogStatusEnumType toOcpp(UploadLogsStatus status) {
        return switch (status) {
            case Accepted -> LogStatusEnumType.Accepted;
            case Rejected -> LogStatusEnumType.Rejected;
            case AcceptedCanceled -> LogStatusEnumType.AcceptedCanceled;
        };
    }

    /** The inverse of {@link #toOcpp(UploadLogsStatus)}. */
    public static UploadLogsStatus toSystem(LogStatusEnumType status) {
        return switch (status) {
            case Accepted -> UploadLogsStatus.Accepted;
            case Rejected -> UploadLogsStatus.Rejected;
            case AcceptedCanceled -> UploadLogsStatus.AcceptedCanceled;
        };
    }
}
