package org.ocppbridge.mappings.ocpp;

/**
 * {@code GetLogResponse}.
 *
 * @param status the answer
 * @param statusInfo null when absent
 * @param filename the name of the archive that will be uploaded; ≤ 255 characters; null when absent
 */
public record GetLogResponse(LogStatusEnumType status, StatusInfoType statusInfo, String filename) {

    /** The schema's limit on {@code filename}. */
    public static final int FILENAME_MAX_LENGTH = 255;

    public GetLogResponse {
        Constraints.required(status, "GetLogResponse", "status");
        Constraints.maxLength(filename, FILENAME_MAX_LENGTH, "GetLogResponse", "filename");
    }

    public static GetLogResponse accepted(String filename) {
        return new GetLogResponse(LogStatusEnumType.Accepted, null, filename);
    }

    public static GetLogResponse rejected(String reasonCode, String additionalInfo) {
        return new GetLogResponse(LogStatusEnumType.Rejected, new StatusInfoType(reasonCode, additionalInfo), null);
    }
}
