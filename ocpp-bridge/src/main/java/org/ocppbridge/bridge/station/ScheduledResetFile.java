package org.ocppbridge.bridge.station;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ocppbridge.bridge.certificates.PrivateFiles;
import org.ocppbridge.mappings.system.ResetType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Reset OnIdle answered Scheduled and not carried out yet, kept in {@code <data-dir>/reset.scheduled} (0600,
 * written atomically and forced through {@link PrivateFiles}). The station only writes it; the next boot reads and
 * removes it ({@code runtime.BootReasonStore}): whatever restarted the station in between (the scheduled reset
 * itself, the firmware's reboot, a crash), that boot is the scheduled reset (B12.FR.01, TC_B_21: ScheduledReset),
 * so it is neither lost nor run a second time.
 */
final class ScheduledResetFile {

    private static final Logger log = LoggerFactory.getLogger(ScheduledResetFile.class);

    private final Path file;

    /** @param file where the scheduled reset is kept; null keeps it in memory only (tests) */
    ScheduledResetFile(Path file) {
        this.file = file;
    }

    void record(ResetType type) {
        if (file == null) {
            return;
        }
        try {
            PrivateFiles.write(file, (type.name() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The reset still waits in memory; only a restart before it runs would report another boot reason.
            log.error("Cannot keep the scheduled reset in {}: {}", file, e.toString());
        }
    }
}
