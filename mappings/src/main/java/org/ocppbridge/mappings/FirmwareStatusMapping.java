package org.ocppbridge.mappings;

import java.util.List;
import org.ocppbridge.mappings.ocpp.FirmwareStatusEnumType;
import org.ocppbridge.mappings.ocpp.FirmwareStatusNotificationRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/** The system's {@code firmware_update_status} → FirmwareStatusNotification (L01). */
public final class FirmwareStatusMapping {

    /** The rows of the README table for {@link #toOcpp(FirmwareUpdateStatus)}. */
    public static final List<FieldRule> FIELDS = List.of(
            new FieldRule("status", "firmware_update_status", "value by value, below"),
            new FieldRule(
                    "requestId",
                    "request_id",
                    "copied (L01.FR.20); a negative id (the system's " + "'no request') leaves requestId out"));

    private FirmwareStatusMapping() {}

    /** FirmwareUpdateStatus → FirmwareStatusNotificationRequest, carrying the request id (L01.FR.20). */
    public static FirmwareStatusNotificationRequest toOcpp(FirmwareUpdateStatus status) {
        return new FirmwareStatusNotificationRequest(
                toOcpp(status.firmwareUpdateStatus()), RequestIds.statusToOcpp(status.requestId()));
    }

    /** The inverse of {@link #toOcpp(FirmwareUpdateStatus)}; an absent requestId becomes -1. */
    public static FirmwareUpdateStatus toSystem(FirmwareStatusNotificationRequest notification) {
        return new FirmwareUpdateStatus(
                toSystem(notification.status()), RequestIds.statusToSystem(notification.requestId()));
    }

    /** One to one: the seed copied OCPP's 14 names. */
    public static FirmwareStatusEnumType toOcpp(FirmwareUpdateStatusEnum status) {
        return switch (status) {
            case Downloaded -> FirmwareStatusEnumType.Downloaded;
            case DownloadFailed -> FirmwareStatusEnumType.DownloadFailed;
            case Downloading -> FirmwareStatusEnumType.Downloading;
            case DownloadScheduled -> FirmwareStatusEnumType.DownloadScheduled;
            case DownloadPaused -> FirmwareStatusEnumType.DownloadPaused;
            case Idle -> FirmwareStatusEnumType.Idle;
            case InstallationFailed -> FirmwareStatusEnumType.InstallationFailed;
            case Installing -> FirmwareStatusEnumType.Installing;
            case Installed -> FirmwareStatusEnumType.Installed;
            case InstallRebooting -> FirmwareStatusEnumType.InstallRebooting;
            case InstallScheduled -> FirmwareStatusEnumType.InstallScheduled;
            case InstallVerificationFailed -> FirmwareStatusEnumType.InstallVerificationFailed;
            case InvalidSignature -> FirmwareStatusEnumType.InvalidSignature;
            case SignatureVerified -> FirmwareStatusEnumType.SignatureVerified;
        };
    }

    /** The inverse of {@link #toOcpp(FirmwareUpdateStatusEnum)}. */
    public static FirmwareUpdateStatusEnum toSystem(FirmwareStatusEnumType status) {
        return switch (status) {
            case Downloaded -> FirmwareUpdateStatusEnum.Downloaded;
            case DownloadFailed -> FirmwareUpdateStatusEnum.DownloadFailed;
            case Downloading -> FirmwareUpdateStatusEnum.Downloading;
            case DownloadScheduled -> FirmwareUpdateStatusEnum.DownloadScheduled;
            case DownloadPaused -> FirmwareUpdateStatusEnum.DownloadPaused;
            case Idle -> FirmwareUpdateStatusEnum.Idle;
            case InstallationFailed -> FirmwareUpdateStatusEnum.InstallationFailed;
            case Installing -> FirmwareUpdateStatusEnum.Installing;
            case Installed -> FirmwareUpdateStatusEnum.Installed;
            case InstallRebooting -> FirmwareUpdateStatusEnum.InstallRebooting;
            case InstallScheduled -> FirmwareUpdateStatusEnum.InstallScheduled;
            case InstallVerificationFailed -> FirmwareUpdateStatusEnum.InstallVerificationFailed;
            case InvalidSignature -> FirmwareUpdateStatusEnum.InvalidSignature;
            case SignatureVerified -> FirmwareUpdateStatusEnum.SignatureVerified;
        };
    }
}
