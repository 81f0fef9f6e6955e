package org.ocppbridge.bridge.logs;

import java.util.Objects;
import org.ocppbridge.mappings.system.LogStatusEnum;

/** An upload attempt that failed, with the LogStatus that reports it and a reason for the bridge's own log. */
public final class LogUploadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final LogStatusEnum status;

    public LogUploadException(LogStatusEnum status, String reason) {
        this(status, reason, null);
    }

    public LogUploadException(LogStatusEnum status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = Objects.requireNonNull(status, "status");
        if (status == LogStatusEnum.Uploaded || status == LogStatusEnum.Uploading || status == LogStatusEnum.Idle) {
            throw new IllegalArgumentException("not a failure status: " + status);
        }
    }

    /** UploadFailure, PermissionDenied, BadMessage or NotSupportedOperation. */
    public LogStatusEnum status() {
        return status;
    }
}
