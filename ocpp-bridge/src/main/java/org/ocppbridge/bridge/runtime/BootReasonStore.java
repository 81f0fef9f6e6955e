package org.ocppbridge.bridge.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.mappings.system.BootReason;

/**
 * Why the station booted, kept in the data directory so it survives the restart it describes (issue 7):
 * <ul>
 *   <li>before a restart the runtime writes the next boot's reason ({@link #recordNext});</li>
 *   <li>at start a "running" marker is written and it is removed on a clean stop, so a marker found at start
 *       means the bridge was killed or crashed: Watchdog;</li>
 *   <li>otherwise PowerUp.</li>
 * </ul>
 * A recorded reason wins over the marker: a reset command that reboots the machine kills the bridge on purpose.
 * A Reset answered Scheduled and still kept on disk ({@link ConfigDefaults#SCHEDULED_RESET_FILE}, written by the
 * station) wins over both, except over a RemoteReset the CSMS asked for since: whatever restarted the station, that
 * restart carried the scheduled reset out (B12.FR.01, TC_B_21: ScheduledReset), so the file is consumed here and the
 * reset is neither lost nor run again (issue 14, point 12).
 */
public final class BootReasonStore {

    static final String NEXT_REASON = "boot-reason.next";
    static final String RUNNING = "running.marker";

    /**
     * This boot's reason.
     *
     * @param reason what the BootNotification reports
     * @param superseded the reason the boot would have had without a pending scheduled reset; null when none was
     *     pending or it changed nothing
     */
    public record Boot(BootReason reason, BootReason superseded) {}

    private final Path directory;

    public BootReasonStore(Path directory) {
        this.directory = directory;
    }

    /**
     * Called once at start: decides this boot's reason, consumes the recorded one and a pending scheduled reset, and
     * writes the running marker.
     */
    public Boot boot() throws IOException {
        Files.createDirectories(directory);
        Path next = directory.resolve(NEXT_REASON);
        Path running = directory.resolve(RUNNING);
        Path scheduled = directory.resolve(ConfigDefaults.SCHEDULED_RESET_FILE);
        BootReason reason;
        if (Files.exists(next)) {
            reason = parse(Files.readString(next, StandardCharsets.UTF_8).trim());
            Files.delete(next);
        } else if (Files.exists(running)) {
            reason = BootReason.Watchdog;
        } else {
            reason = BootReason.PowerUp;
        }
        BootReason superseded = null;
        if (Files.exists(scheduled)) {
            // B12.FR.01 / TC_B_21: this restart carried the Scheduled reset out; consumed, so it never runs twice.
            if (reason != BootReason.RemoteReset && reason != BootReason.ScheduledReset) {
                superseded = reason;
                reason = BootReason.ScheduledReset;
            }
            Files.delete(scheduled);
        }
        writeDurably(running, "running");
        return new Boot(reason, superseded);
    }

    /** The reason the next boot will report; durable before this returns. */
    public void recordNext(BootReason reason) throws IOException {
        Files.createDirectories(directory);
        writeDurably(directory.resolve(NEXT_REASON), reason.name());
    }

    /** A clean stop: the next start is not a Watchdog boot. */
    public void cleanStop() throws IOException {
        Files.deleteIfExists(directory.resolve(RUNNING));
    }

    private static BootReason parse(String text) {
        for (BootReason reason : BootReason.values()) {
            if (reason.name().equals(text)) {
                return reason;
            }
        }
        return BootReason.Unknown;
    }

    private void writeDurably(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
