package org.ocppbridge.mappings.system;

/** The system type {@code LogStatusEnum}; the seed lists {@code AcceptedCanceled} in the enum too. */
public enum LogStatusEnum {
    BadMessage,
    Idle,
    NotSupportedOperation,
    PermissionDenied,
    Uploaded,
    UploadFailure,
    Uploading,
    AcceptedCanceled;

    /**
     * Whether this status ends an upload: nothing more is reported for its requestId (N01). The one definition of
     * that set; Idle names no upload at all, and Uploading is the only status of an upload under way.
     */
    public boolean endsUpload() {
        return this != Idle && this != Uploading;
    }

    /** Whether an upload is under way while this is the last status reported. */
    public boolean isUnderWay() {
        return this == Uploading;
    }
}
