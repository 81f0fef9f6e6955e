package org.ocppbridge.mappings.system;

/** The system type {@code UploadLogsStatus}: the status inside {@link UploadLogsResponse}. */
public enum UploadLogsStatus {
    Accepted,
    Rejected,
    AcceptedCanceled
}
