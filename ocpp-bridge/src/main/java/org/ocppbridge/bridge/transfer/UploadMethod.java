package org.ocppbridge.bridge.transfer;

/** How an archive is sent over http(s) ({@code log-upload-method}). */
public enum UploadMethod {
    /** A PUT of the raw archive with {@code Content-Disposition: attachment; filename="…"} (the default). */
    PUT,
    /** A multipart/form-data POST with one part named {@code file}. */
    POST
}
