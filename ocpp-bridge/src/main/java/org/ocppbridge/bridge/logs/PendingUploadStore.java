package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.ocppbridge.bridge.certificates.PrivateFiles;
import org.ocppbridge.bridge.certificates.PropertiesText;

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
        Map<String, String> props = new TreeMap<>();
        props.put("requestId", Integer.toString(p.requestId()));
        props.put("location", p.location());
        props.put("type", p.type().name());
        props.put("fileName", p.fileName());
        props.put("attempts", Integer.toString(p.attempts()));
        props.put("retryIntervalS", Integer.toString(p.retryIntervalS()));
        props.put("attemptsStarted", Integer.toString(p.attemptsStarted()));
        if (p.oldest() != null) {
            props.put("oldest", p.oldest().toString());
        }
        if (p.latest() != null) {
            props.put("latest", p.latest().toString());
        }
        Files.createDirectories(file.getParent());
        // Owner-only from the moment it exists: the location may hold an FTP password (issue 15, point 8).
        PrivateFiles.write(file, PropertiesText.of("log upload in progress", props));
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
