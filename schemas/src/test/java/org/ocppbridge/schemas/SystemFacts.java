package org.ocppbridge.schemas;

import java.util.List;
import java.util.Map;

/**
 * The eleven system types of the seed (shared/seed/system-types.rst), rewritten from the seed without looking
 * at the schema files: snake_case names, required flags, formats and every enum value as the seed lists them.
 */
final class SystemFacts {

    static final List<String> UPDATE_FIRMWARE_RESPONSE =
            List.of("Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate");
    static final List<String> UPLOAD_LOGS_STATUS = List.of("Accepted", "Rejected", "AcceptedCanceled");
    // The seed's enum list has AcceptedCanceled although its descriptions skip it.
    static final List<String> LOG_STATUS_ENUM = List.of(
            "BadMessage",
            "Idle",
            "NotSupportedOperation",
            "PermissionDenied",
            "Uploaded",
            "UploadFailure",
            "Uploading",
            "AcceptedCanceled");
    static final List<String> FIRMWARE_UPDATE_STATUS_ENUM = List.of(
            "Downloaded",
            "DownloadFailed",
            "Downloading",
            "DownloadScheduled",
            "DownloadPaused",
            "Idle",
            "InstallationFailed",
            "Installing",
            "Installed",
            "InstallRebooting",
            "InstallScheduled",
            "InstallVerificationFailed",
            "InvalidSignature",
            "SignatureVerified");
    static final List<String> RESET_TYPE = List.of("Soft", "Hard", "NotSpecified");
    static final List<String> BOOT_REASON = List.of(
            "ApplicationReset",
            "FirmwareUpdate",
            "LocalReset",
            "PowerUp",
            "RemoteReset",
            "ScheduledReset",
            "Triggered",
            "Unknown",
            "Watchdog");

    private SystemFacts() {}

    /** The bare-string enum types, by schema name. */
    static Map<String, List<String>> enums() {
        return Map.of(
                "system/UpdateFirmwareResponse", UPDATE_FIRMWARE_RESPONSE,
                "system/UploadLogsStatus", UPLOAD_LOGS_STATUS,
                "system/LogStatusEnum", LOG_STATUS_ENUM,
                "system/FirmwareUpdateStatusEnum", FIRMWARE_UPDATE_STATUS_ENUM,
                "system/ResetType", RESET_TYPE,
                "system/BootReason", BOOT_REASON);
    }

    /** The object types. The seed does not close them, so they are open (see the schema descriptions). */
    static List<MessageFacts> objects() {
        return List.of(
                MessageFacts.open(
                        "system/FirmwareUpdateRequest",
                        "retries integer",
                        "retry_interval_s integer",
                        "request_id integer required",
                        "location string required",
                        "retrieve_timestamp date-time",
                        "install_timestamp date-time",
                        "signing_certificate string",
                        "signature string"),
                MessageFacts.open(
                        "system/UploadLogsRequest",
                        "retries integer",
                        "retry_interval_s integer",
                        "oldest_timestamp date-time",
                        "latest_timestamp date-time",
                        "location string required",
                        "type string",
                        "request_id integer"),
                MessageFacts.open(
                        "system/UploadLogsResponse",
                        "file_name string",
                        "upload_logs_status enum(" + String.join("|", UPLOAD_LOGS_STATUS) + ") required"),
                MessageFacts.open(
                        "system/LogStatus",
                        "log_status enum(" + String.join("|", LOG_STATUS_ENUM) + ") required",
                        "request_id integer required"),
                MessageFacts.open(
                        "system/FirmwareUpdateStatus",
                        "firmware_update_status enum(" + String.join("|", FIRMWARE_UPDATE_STATUS_ENUM) + ") required",
                        "request_id integer required"));
    }
}
