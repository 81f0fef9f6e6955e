package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogArchiverTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final LogWindow WINDOW = new LogWindow(T0, T0.plusSeconds(3600));

    @TempDir
    Path tmp;

    private Path logDir;
    private Path workDir;
    private SecurityEventLog securityLog;
    private LogArchiver archiver;

    @BeforeEach
    void setUp() throws IOException {
        logDir = Files.createDirectories(tmp.resolve("logs"));
        Path dataDir = tmp.resolve("data");
        workDir = dataDir.resolve("log-upload");
        securityLog = SecurityEventLog.open(dataDir);
        archiver = new LogArchiver(logDir, securityLog, workDir, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        securityLog.close();
    }

    @Test
    void N01_diagnostics_hold_files_modified_inside_or_after_the_window_start_and_leave_older_ones_out()
            throws IOException {
        file("old.log", "before the window\n", T0.minusSeconds(1));
        file("current.log", "inside\n", T0.plusSeconds(10));
        file("sub/dir/deep.log", "deep inside\n", T0.plusSeconds(20));
        file("sub/stale.txt", "stale\n", T0.minusSeconds(7200));

        Map<String, String> entries = Archives.read(build(LogType.DiagnosticsLog, WINDOW));

        assertEquals(Set.of("logs/current.log", "logs/sub/dir/deep.log"), entries.keySet());
        assertEquals("deep inside\n", entries.get("logs/sub/dir/deep.log"));
    }

    @Test
    void N01_the_bridge_log_is_cut_to_the_window_line_by_line_with_continuation_lines_kept() throws IOException {
        String own = String.join(
                        "\n",
                        "2026-03-01T09:59:59.999Z INFO before",
                        "  at before.stack(Trace.java:1)",
                        "2026-03-01T10:00:00Z INFO first inside",
                        "  at inside.stack(Trace.java:2)",
                        "2026-03-01T11:00:00+01:00 WARN also inside (10:00 UTC)",
                        "2026-03-01T11:00:00.001Z INFO after",
                        "  after.stack")
                + "\n";
        file(LogArchiver.OWN_LOG_FILE_NAME, own, T0.plusSeconds(7200));

        Map<String, String> entries = Archives.read(build(LogType.DiagnosticsLog, WINDOW));

        assertEquals(Set.of("ocpp-bridge.log"), entries.keySet(), "the own log is not also added whole");
        assertEquals(
                String.join(
                                "\n",
                                "2026-03-01T10:00:00Z INFO first inside",
                                "  at inside.stack(Trace.java:2)",
                                "2026-03-01T11:00:00+01:00 WARN also inside (10:00 UTC)")
                        + "\n",
                entries.get("ocpp-bridge.log"));
    }

    @Test
    void N01_a_window_without_bounds_takes_every_file_and_every_line() throws IOException {
        file("a.log", "a\n", T0.minusSeconds(999_999));
        file(LogArchiver.OWN_LOG_FILE_NAME, "untimed first line\n2026-03-01T10:00:00Z x\n", T0);

        Map<String, String> entries = Archives.read(build(LogType.DiagnosticsLog, LogWindow.all()));

        assertEquals("a\n", entries.get("logs/a.log"));
        assertEquals("untimed first line\n2026-03-01T10:00:00Z x\n", entries.get("ocpp-bridge.log"));
    }

    @Test
    void N01_security_log_holds_only_the_events_raised_inside_the_window() throws IOException {
        securityLog.append(T0.minusSeconds(1), "StartupOfTheDevice", "too early");
        securityLog.append(T0.plusSeconds(5), "FirmwareUpdated", "inside");
        securityLog.append(T0.plusSeconds(3601), "ResetOrReboot", "too late");
        file("unrelated.log", "not in a security log\n", T0.plusSeconds(5));

        Map<String, String> entries = Archives.read(build(LogType.SecurityLog, WINDOW));

        assertEquals(Set.of("security-events.log"), entries.keySet());
        assertEquals("2026-03-01T10:00:05Z\tFirmwareUpdated\tinside\n", entries.get("security-events.log"));
    }

    @Test
    void long_paths_survive_in_the_archive_and_staging_files_are_removed() throws IOException {
        String longName = "a".repeat(120) + "/" + "b".repeat(90) + "/" + "c".repeat(130) + ".log";
        file(longName, "long\n", T0.plusSeconds(1));
        String sliced = "d".repeat(140) + "/e.log";
        file(sliced, "sliced\n", T0.plusSeconds(1));

        Map<String, String> entries = Archives.read(build(LogType.DiagnosticsLog, WINDOW));

        assertEquals("long\n", entries.get("logs/" + longName));
        assertEquals("sliced\n", entries.get("logs/" + sliced));
        try (var left = Files.list(workDir)) {
            assertEquals(1, left.count(), "only the archive stays in the work dir");
        }
    }

    @Test
    void the_work_dir_is_never_archived_even_inside_the_log_dir() throws IOException {
        LogArchiver inside = new LogArchiver(logDir, securityLog, logDir.resolve("upload"), Clock.systemUTC());
        file("upload/previous.tar.gz", "old archive\n", T0.plusSeconds(1));
        file("kept.log", "kept\n", T0.plusSeconds(1));
        Path archive = logDir.resolve("upload").resolve("new.tar.gz");

        inside.write(LogType.DiagnosticsLog, WINDOW, archive);

        assertEquals(Set.of("logs/kept.log"), Archives.read(archive).keySet());
    }

    @Test
    void the_archive_name_carries_station_type_request_and_utc_time_and_is_safe_and_short() {
        assertEquals(
                "CS-01-DiagnosticsLog-42-20260301T100000Z.tar.gz",
                LogArchiveName.of("CS-01", LogType.DiagnosticsLog, 42, T0));
        String odd = LogArchiveName.of("../we ird/ü:id", LogType.SecurityLog, 7, T0);
        assertEquals("_._we_ird___id-SecurityLog-7-20260301T100000Z.tar.gz", odd);
        String longest = LogArchiveName.of("x".repeat(400), LogType.DiagnosticsLog, Integer.MIN_VALUE, T0);
        assertEquals(LogArchiveName.MAX_LENGTH, longest.length());
        assertTrue(longest.endsWith("-DiagnosticsLog--2147483648-20260301T100000Z.tar.gz"));
    }

    @Test
    void issue15_point2_the_rotated_files_of_the_bridge_log_are_collected_too_each_cut_to_the_window()
            throws IOException {
        file("ocpp-bridge.log.3", "2026-03-01T09:00:00Z INFO long before\n", T0.minusSeconds(3000));
        file(
                "ocpp-bridge.log.2",
                "2026-03-01T09:59:00Z INFO before\n2026-03-01T10:00:01Z INFO in two\n",
                T0.plusSeconds(1));
        file("ocpp-bridge.log.1", "2026-03-01T10:10:00Z INFO in one\n", T0.plusSeconds(600));
        file(LogArchiver.OWN_LOG_FILE_NAME, "2026-03-01T10:20:00Z INFO in current\n", T0.plusSeconds(1200));

        Map<String, String> entries = Archives.read(build(LogType.DiagnosticsLog, WINDOW));

        // .3 was last written before the window: left out; none of them also as logs/...
        assertEquals(Set.of("ocpp-bridge.log.2", "ocpp-bridge.log.1", "ocpp-bridge.log"), entries.keySet());
        assertEquals("2026-03-01T10:00:01Z INFO in two\n", entries.get("ocpp-bridge.log.2"));
        assertEquals("2026-03-01T10:10:00Z INFO in one\n", entries.get("ocpp-bridge.log.1"));
    }

    private Path build(LogType type, LogWindow window) throws IOException {
        Files.createDirectories(workDir);
        Path archive = workDir.resolve("test.tar.gz");
        archiver.write(type, window, archive);
        return archive;
    }

    private void file(String relative, String content, Instant modified) throws IOException {
        Path f = logDir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(modified));
    }
}
