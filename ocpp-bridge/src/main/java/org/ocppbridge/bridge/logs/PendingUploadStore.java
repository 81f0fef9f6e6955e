package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.ocppbridge.bridge.certificates.PrivateFiles;

/**
 * Keeps the {@link PendingUpload} in {@code <work-dir>/pending-upload.properties}. Each save writes a temporary
 * file, forces it to disk and renames it over the old one, so a crash leaves either the old or the new state.
 */
final class PendingUploadStore {

    static final String FILE_NAME = "pending-upload.properties";

    private final Path file;

    PendingUploadStore(Path workDir) {
        this.file = workDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    void save(PendingUpload p) throws IOException {
        Properties props = new Properties();
        props.setProperty("requestId", Integer.toString(p.requestId()));
        props.setProperty("location", p.location());
        props.setProperty("type", p.type().name());
        props.setProperty("fileName", p.fileName());
        props.setProperty("attempts", Integer.toString(p.attempts()));
        props.setProperty("retryIntervalS", Integer.toString(p.retryIntervalS()));
        props.setProperty("attemptsStarted", Integer.toString(p.attemptsStarted()));
        if (p.oldest() != null) {
            props.setProperty("oldest", p.oldest().toString());
        }
        if (p.latest() != null) {
            props.setProperty("latest", p.latest().toString());
        }
        Files.createDirectories(file.getParent());
        // Owner-only from the moment it exists: the location may hold an FTP password (issue 15, point 8).
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        props.store(text, "log upload in progress");
        PrivateFiles.write(file, text.toByteArray());
    }

    /**
     * The stored upload, if any.
     *
     * @throws IOException when the file cannot be read or does not hold a valid upload
     */
    Optional<PendingUpload> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties props = read();
        try {
            return Optional.of(new PendingUpload(
                    Integer.parseInt(props.getProperty("requestId")),
                    props.getProperty("location"),
                    LogType.valueOf(props.getProperty("type")),
                    props.getProperty("fileName"),
                    Integer.parseInt(props.getProperty("attempts")),
                    Integer.parseInt(props.getProperty("retryIntervalS")),
                    instant(props.getProperty("oldest")),
                    instant(props.getProperty("latest")),
                    Integer.parseInt(props.getProperty("attemptsStarted"))));
        } catch (RuntimeException e) {
            throw new IOException("invalid " + file + ": " + e.getMessage(), e);
        }
    }

    /** The requestId of a stored file that {@link #load} rejects, when that field alone can still be read. */
    Optional<Integer> requestIdOfDamaged() {
        try {
            return Optional.of(
                    Integer.parseInt(read().getProperty("requestId", "").trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private Properties read() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            props.load(in);
        }
        return props;
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
