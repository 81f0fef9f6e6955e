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
    AcceptedCanceled
}
