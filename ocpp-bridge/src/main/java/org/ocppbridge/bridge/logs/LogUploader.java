package org.ocppbridge.bridge.logs;

import java.net.URI;
import java.nio.file.Path;

/** One upload attempt of a finished archive to a location of one URL scheme family. */
public interface LogUploader {

    /**
     * Uploads {@code archive} and returns only once the server confirmed the whole body.
     *
     * @param fileName the archive's name, appended to a location that ends with {@code /}
     * @throws LogUploadException when the attempt failed, with the status that reports it
     */
    void upload(Path archive, String fileName, URI location, UploadAbort abort) throws LogUploadException;

    /** The location with the file name appended when it names a directory (ends with {@code /}). */
    static String targetPath(String path, String fileName) {
        return path == null || path.isEmpty() || path.endsWith("/") ? (path == null ? "" : path) + fileName : path;
    }
}
