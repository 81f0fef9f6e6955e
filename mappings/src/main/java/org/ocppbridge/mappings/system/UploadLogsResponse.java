package org.ocppbridge.mappings.system;

import java.util.Objects;

/**
 * The system type {@code UploadLogsResponse}.
 *
 * @param fileName the name of the archive that will be uploaded; null when none will be
 * @param uploadLogsStatus the system's answer
 */
public record UploadLogsResponse(String fileName, UploadLogsStatus uploadLogsStatus) {

    public UploadLogsResponse {
        Objects.requireNonNull(uploadLogsStatus, "uploadLogsStatus");
    }
}
