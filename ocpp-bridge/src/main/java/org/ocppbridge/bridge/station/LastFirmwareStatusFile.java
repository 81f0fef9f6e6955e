package org.ocppbridge.bridge.station;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.ocppbridge.bridge.certificates.PropertiesText;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last firmware status the station reported, kept across restarts so that a FirmwareStatusNotification
 * triggered after a reboot still answers with it and its requestId (L01.FR.26: e.g. DownloadFailed or
 * InstallationFailed from before the reboot). Whatever system reports the statuses (the local one or charger
 * software on the socket), the station keeps this file. Written to a temporary file, forced, renamed.
 */
final class LastFirmwareStatusFile {

    private static final Logger log = LoggerFactory.getLogger(LastFirmwareStatusFile.class);

    private final Path file;

    /** @param file where the status is kept; null keeps nothing (tests) */
    LastFirmwareStatusFile(Path file) {
        this.file = file;
    }

    /** The status kept by an earlier life, or empty when there is none or it cannot be read. */
    Optional<FirmwareUpdateStatus> load() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(new FirmwareUpdateStatus(
                    FirmwareUpdateStatusEnum.valueOf(properties.getProperty("status")),
                    Integer.parseInt(properties.getProperty("requestId"))));
        } catch (IOException | RuntimeException e) {
            // A damaged file only costs the triggered answer after a restart: Idle instead of the last status.
            log.warn("Ignoring the unreadable last firmware status in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void save(FirmwareUpdateStatus status) {
        if (file == null) {
            return;
        }
        byte[] text = PropertiesText.of(
                "The last FirmwareStatusNotification status (L01.FR.26)",
                Map.of(
                        "status", status.firmwareUpdateStatus().name(),
                        "requestId", Integer.toString(status.requestId())));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(temp, text);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Cannot keep the last firmware status in {}: {}", file, e.toString());
        }
    }
}
