package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * The files of one case: its own directory (station data and log dirs, uploads, scripts) and the run's shared
 * firmware material.
 *
 * @param dir the case's directory
 * @param firmware the run's signed image and certificates
 */
public record CaseFiles(Path dir, FirmwareMaterial firmware) {

    public CaseFiles {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(firmware, "firmware");
    }

    /** Writes an executable {@code /bin/sh} script {@code name} with {@code body} and returns its path. */
    public Path script(String name, String body) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, "#!/bin/sh\n" + body + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the script " + file, e);
        }
        return file;
    }
}
