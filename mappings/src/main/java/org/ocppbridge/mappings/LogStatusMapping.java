package org.ocppbridge.mappings;

import java.util.List;
import org.ocppbridge.mappings.ocpp.LogStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.UploadLogStatusEnumType;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;

/**
 * The system's {@code log_status} → LogStatusNotification (N01). Beware the crossed names: the system's
 * LogStatusEnum is OCPP's UploadLogStatusEnumType, while OCPP's LogStatusEnumType is the GetLog answer.
 */
public final class LogStatusMapping {

    /** The rows of the README table for {@link #toOcpp(LogStatus)}. */
    public static final List<FieldRule> FIELDS = List.of(
            new FieldRule("status", "log_status", "value by value, below"),
            new FieldRule(
                    "requestId",
                    "request_id",
                    "copied; a negative id (the system's 'no request') " + "leaves requestId out"));

    private LogStatusMapping() {}

    /** LogStatus → LogStatusNotificationRequest, carrying the request id. */
    public static LogStatusNotificationRequest toOcpp(LogStatus status) {
        return new LogStatusNotificationRequest(
                toOcpp(status.logStatus()), RequestIds.statusToOcpp(status.requestId()));
    }

    /** The inverse of {@link #toOcpp(LogStatus)}; an absent requestId becomes -1. */
    public static LogStatus toSystem(LogStatusNotificationRequest notification) {
        return new LogStatus(toSystem(notification.status()), RequestIds.statusToSystem(notification.requestId()));
    }

    /** One to one, all 8 names, AcceptedCanceled included. */
    public static UploadLogStatusEnumType toOcpp(LogStatusEnum status) {
        return switch (status) {
            case BadMessage -> UploadLogStatusEnumType.BadMessage;
            case Idle -> UploadLogStatusEnumType.Idle;
            case NotSupportedOperation -> UploadLogStatusEnumType.NotSupportedOperation;
            case PermissionDenied -> UploadLogStatusEnumType.PermissionDenied;
            case Uploaded -> UploadLogStatusEnumType.Uploaded;
            case UploadFailure -> UploadLogStatusEnumType.UploadFailure;
            case Uploading -> UploadLogStatusEnumType.Uploading;
            case AcceptedCanceled -> UploadLogStatusEnumType.AcceptedCanceled;
        };
    }

    /** The inverse of {@link #toOcpp(LogStatusEnum)}. */
    public static LogStatusEnum toSystem(UploadLogStatusEnumType status) {
        return switch (status) {
            case BadMessage -> LogStatusEnum.BadMessage;
            case Idle -> LogStatusEnum.Idle;
            case NotSupportedOperation -> LogStatusEnum.NotSupportedOperation;
            case PermissionDenied -> LogStatusEnum.PermissionDenied;
            case Uploaded -> LogStatusEnum.Uploaded;
            case UploadFailure -> LogStatusEnum.UploadFailure;
            case Uploading -> LogStatusEnum.Uploading;
            case AcceptedCanceled -> LogStatusEnum.AcceptedCanceled;
        };
    }
}
