package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.ocppbridge.bridge.certificates.PrivateFiles;
import org.ocppbridge.bridge.certificates.PropertiesText;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link FirmwareState} in {@code <data-dir>/firmware-update.properties}. Every save is atomic and durable:
 * write a temp file, fsync it, rename it over the old one, fsync the directory, so a kill -9 or power loss
 * leaves either the old state or the new one, never a torn file.
 */
final class FirmwareStateStore {

    static final String FILE_NAME = "firmware-update.properties";

    private static final Logger log = LoggerFactory.getLogger(FirmwareStateStore.class);

    private final Path dir;
    private final Path file;

    FirmwareStateStore(Path dir) {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
    }

    Optional<FirmwareState> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            FirmwareUpdateRequest request = new FirmwareUpdateRequest(
                    integer(p, "retries"),
                    integer(p, "retryIntervalS"),
                    Integer.parseInt(p.getProperty("requestId")),
                    p.getProperty("location"),
                    instant(p, "retrieveTimestamp"),
                    instant(p, "installTimestamp"),
                    p.getProperty("signingCertificate"),
                    p.getProperty("signature"));
            return Optional.of(new FirmwareState(
                    request,
                    FirmwareUpdateStatusEnum.valueOf(p.getProperty("status")),
                    Integer.parseInt(p.getProperty("attempt")),
                    p.getProperty("outcome") == null
                            ? null
                            : FirmwareUpdateStatusEnum.valueOf(p.getProperty("outcome"))));
        } catch (IOException | RuntimeException e) {
            // A state file we cannot read cannot be resumed; say so loudly rather than invent a status.
            log.error("Firmware state file {} is unreadable and is ignored: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void save(FirmwareState state) {
        FirmwareUpdateRequest r = state.request();
        Map<String, String> p = new TreeMap<>();
        p.put("requestId", Integer.toString(r.requestId()));
        // A location's user:password is needed only while the image may still be downloaded (issue 15, point 8).
        p.put("location", mayDownloadAgain(state.status()) ? r.location() : withoutUserInfo(r.location()));
        put(p, "retries", r.retries());
        put(p, "retryIntervalS", r.retryIntervalS());
        put(p, "retrieveTimestamp", r.retrieveTimestamp());
        put(p, "installTimestamp", r.installTimestamp());
        put(p, "signingCertificate", r.signingCertificate());
        put(p, "signature", r.signature());
        p.put("status", state.status().name());
        p.put("attempt", Integer.toString(state.attempt()));
        put(p, "outcome", state.outcome());
        try {
            // Owner-only from the moment it exists: it may hold a URL's password.
            PrivateFiles.write(
                    file,
                    PropertiesText.of(
                            "ocpp-bridge firmware update state; written atomically, do not edit while running", p));
            syncDirectory();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot save firmware state to " + file, e);
        }
    }

    /** No update any more (a cancelled one that no new request replaced): the next start resumes nothing. */
    void clear() {
        try {
            Files.deleteIfExists(file);
            syncDirectory();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the firmware state " + file, e);
        }
    }

    /** Whether a resume from this status may download the image again (README: firmware after a restart). */
    static boolean mayDownloadAgain(FirmwareUpdateStatusEnum status) {
        return switch (status) {
            case DownloadScheduled, Downloading, DownloadPaused, Downloaded, SignatureVerified, InstallScheduled ->
                true;
            default -> false;
        };
    }

    /** The URL without {@code user:password@}; a location that is no URL is kept as it is. */
    static String withoutUserInfo(String location) {
        try {
            java.net.URI uri = new java.net.URI(location);
            if (uri.getRawUserInfo() == null) {
                return location;
            }
            return new java.net.URI(
                            uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null)
                    .toString();
        } catch (java.net.URISyntaxException e) {
            return location;
        }
    }

    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for fsync; the rename is still atomic there.
            log.debug("directory fsync not available for {}: {}", dir, e.toString());
        }
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value.toString());
        }
    }

    private static Integer integer(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Integer.valueOf(value);
    }

    private static Instant instant(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Instant.parse(value);
    }
}
