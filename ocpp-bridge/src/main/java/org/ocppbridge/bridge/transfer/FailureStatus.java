package org.ocppbridge.bridge.transfer;

import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatusEnum;

/**
 * The one place where a transfer failure becomes the status the CSMS sees.
 *
 * <table>
 *   <caption>failure → status</caption>
 *   <tr><th>failure</th><th>log upload (LogStatusEnum)</th><th>firmware download</th></tr>
 *   <tr><td>PERMISSION_DENIED</td><td>PermissionDenied</td><td>DownloadFailed</td></tr>
 *   <tr><td>NOT_SUPPORTED</td><td>NotSupportedOperation</td><td>DownloadFailed</td></tr>
 *   <tr><td>BAD_MESSAGE</td><td>BadMessage</td><td>DownloadFailed</td></tr>
 *   <tr><td>FAILED</td><td>UploadFailure</td><td>DownloadFailed</td></tr>
 *   <tr><td>CANCELLED</td><td>none: the job that replaced it reports</td><td>none</td></tr>
 * </table>
 *
 * FirmwareStatusEnumType has one download failure only; the retries decide when it is reported (L01.FR.30 after
 * the last attempt, N01.FR.10 likewise for uploads).
 */
public final class FailureStatus {

    private FailureStatus() {}

    /** The LogStatus of a failed upload attempt; UploadFailure for a cancel (callers report no status then). */
    public static LogStatusEnum ofUpload(TransferException e) {
        return switch (e.failure()) {
            case PERMISSION_DENIED -> LogStatusEnum.PermissionDenied;
            case NOT_SUPPORTED -> LogStatusEnum.NotSupportedOperation;
            case BAD_MESSAGE -> LogStatusEnum.BadMessage;
            case CANCELLED, FAILED -> LogStatusEnum.UploadFailure;
        };
    }

    /** The firmware status of a download that failed for good. */
    public static FirmwareUpdateStatusEnum ofDownload(TransferException e) {
        return FirmwareUpdateStatusEnum.DownloadFailed;
    }
}
