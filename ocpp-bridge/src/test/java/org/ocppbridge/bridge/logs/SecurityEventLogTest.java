package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityEventLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void events_survive_a_restart_and_are_read_back_in_order() throws IOException {
        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            log.append(T0, "StartupOfTheDevice", "powered up");
            log.append(T0.plusSeconds(60), "FirmwareUpdated", null);
        }
        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            log.append(T0.plusSeconds(120), "ResetOrReboot", "remote reset");
            assertEquals(
                    List.of(
                            new SecurityEvent(T0, "StartupOfTheDevice", "powered up"),
                            new SecurityEvent(T0.plusSeconds(60), "FirmwareUpdated", null),
                            new SecurityEvent(T0.plusSeconds(120), "ResetOrReboot", "remote reset")),
                    readAll(log, LogWindow.all()));
        }
    }

    @Test
    void a_read_returns_only_the_events_inside_the_window_both_ends_included() throws IOException {
        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            for (int i = 0; i < 5; i++) {
                log.append(T0.plusSeconds(i * 60L), "Event" + i, "info " + i);
            }
            LogWindow window = new LogWindow(T0.plusSeconds(60), T0.plusSeconds(180));
            List<String> types =
                    readAll(log, window).stream().map(SecurityEvent::type).toList();
            assertEquals(List.of("Event1", "Event2", "Event3"), types);

            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            log.copyTo(window, raw);
            assertEquals(3, raw.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void a_torn_last_line_from_a_crash_is_cut_off_on_open() throws IOException {
        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            log.append(T0, "StartupOfTheDevice", "ok");
        }
        Path file = dataDir.resolve(SecurityEventLog.FILE_NAME);
        Files.writeString(file, "2026-03-01T10:01:00Z\tFirmwareUpd", StandardOpenOption.APPEND);

        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            log.append(T0.plusSeconds(120), "ResetOrReboot", "after crash");
            assertEquals(
                    List.of("StartupOfTheDevice", "ResetOrReboot"),
                    readAll(log, LogWindow.all()).stream()
                            .map(SecurityEvent::type)
                            .toList());
        }
    }

    @Test
    void tabs_line_breaks_and_backslashes_in_tech_info_round_trip_on_one_line() throws IOException {
        String techInfo = "line1\nline2\tcol\\end\r";
        try (SecurityEventLog log = SecurityEventLog.open(dataDir)) {
            log.append(T0, "InvalidMessages", techInfo);
            assertEquals(List.of(new SecurityEvent(T0, "InvalidMessages", techInfo)), readAll(log, LogWindow.all()));
        }
        assertEquals(
                1,
                Files.readAllLines(dataDir.resolve(SecurityEventLog.FILE_NAME)).size());
    }

    private static List<SecurityEvent> readAll(SecurityEventLog log, LogWindow window) throws IOException {
        List<SecurityEvent> events = new ArrayList<>();
        log.forEach(window, events::add);
        return events;
    }
}
