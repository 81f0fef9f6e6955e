package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 2: the bridge's own log takes a bounded amount of disk however much is logged. */
class RotatingLogOutputTest {

    @TempDir
    Path dir;

    private static byte[] line(int n) {
        return String.format("2026-03-01T10:00:00Z WARN line %06d%n", n).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_flood_of_lines_leaves_at_most_the_current_file_and_the_rotated_ones_each_near_the_limit()
            throws IOException {
        Path current = dir.resolve("ocpp-bridge.log");
        long limit = 4096;
        int lineBytes = line(0).length;
        int lines = 20_000; // about 36 files' worth
        try (RotatingLogOutput out = RotatingLogOutput.open(current, limit, 4)) {
            for (int i = 0; i < lines; i++) {
                out.write(line(i));
            }
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        assertEquals(
                List.of(
                        "ocpp-bridge.log",
                        "ocpp-bridge.log.1",
                        "ocpp-bridge.log.2",
                        "ocpp-bridge.log.3",
                        "ocpp-bridge.log.4"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            assertTrue(Files.size(file) <= limit + lineBytes, file + " " + Files.size(file));
        }
        // Nothing lost inside the kept files, no line split, newest last: .4 .3 .2 .1 current in order.
        List<String> kept = new ArrayList<>();
        for (String name : List.of(
                "ocpp-bridge.log.4",
                "ocpp-bridge.log.3",
                "ocpp-bridge.log.2",
                "ocpp-bridge.log.1",
                "ocpp-bridge.log")) {
            kept.addAll(Files.readAllLines(dir.resolve(name)));
        }
        assertEquals(String.format("2026-03-01T10:00:00Z WARN line %06d", lines - 1), kept.get(kept.size() - 1));
        int first = Integer.parseInt(kept.get(0).substring(kept.get(0).length() - 6));
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(String.format("2026-03-01T10:00:00Z WARN line %06d", first + i), kept.get(i));
        }
        assertEquals(
                current.resolveSibling("ocpp-bridge.log.1"),
                RotatingLogOutput.rotated(current).get(0));
    }

    @Test
    void a_line_written_in_pieces_is_never_split_across_two_files() throws IOException {
        Path current = dir.resolve("ocpp-bridge.log");
        try (RotatingLogOutput out = RotatingLogOutput.open(current, 10, 1)) {
            out.write("0123456789".getBytes(StandardCharsets.UTF_8)); // at the limit, mid-line
            out.write("abc".getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.write("next\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("0123456789abc\n", Files.readString(dir.resolve("ocpp-bridge.log.1")));
        assertEquals("next\n", Files.readString(current));
    }

    @Test
    void the_documented_limits_bound_the_log_to_5_MiB() {
        assertEquals(5L * 1024 * 1024, (1 + RotatingLogOutput.ROTATED_FILES) * RotatingLogOutput.MAX_FILE_BYTES);
    }

    @Test
    void the_rotated_files_are_recognised_and_other_files_are_not() {
        Path current = dir.resolve("ocpp-bridge.log");
        assertTrue(RotatingLogOutput.isPartOf(current, dir.resolve("ocpp-bridge.log.3")));
        assertTrue(RotatingLogOutput.isPartOf(current, current));
        assertTrue(!RotatingLogOutput.isPartOf(current, dir.resolve("ocpp-bridge.log.old")));
        assertTrue(!RotatingLogOutput.isPartOf(current, dir.resolve("charger.log.1")));
    }
}
