package org.ocppbridge.mappings.ocpp;

/** {@code UploadLogStatusEnumType}: a log upload's progress in a LogStatusNotification. Constant names are the JSON strings. */
public enum UploadLogStatusEnumType {
    BadMessage,
    Idle,
    NotSupportedOperation,
    PermissionDenied,
    Uploaded,
    UploadFailure,
    Uploading,
    AcceptedCanceled
}
