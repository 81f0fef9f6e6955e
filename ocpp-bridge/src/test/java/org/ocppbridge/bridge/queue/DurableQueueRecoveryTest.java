package org.ocppbridge.bridge.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash (torn last write) or outside damage leaves in the queue file, and what opening makes of it. */
class DurableQueueRecoveryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final RecordingQueueListener listener = new RecordingQueueListener();

    private DurableQueue open(Path directory) throws IOException {
        return DurableQueue.open(directory, 100, clock, listener);
    }

    private static List<String> payloads(DurableQueue queue) {
        return queue.all().stream().map(QueueEntry::payloadJson).toList();
    }

    /** Appends {@code count} entries and returns the file length after each (index 0 = header only). */
    private List<Long> writeEntries(Path directory, int count) throws IOException {
        List<Long> ends = new ArrayList<>();
        try (DurableQueue queue = open(directory)) {
            ends.add(Files.size(queue.file()));
            for (int i = 0; i < count; i++) {
                queue.append("FirmwareStatusNotification", "{\"status\":\"Installed\",\"n\":" + i + "}");
                ends.add(Files.size(queue.file()));
            }
        }
        return ends;
    }

    private static List<String> expected(int... ns) {
        return Arrays.stream(ns)
                .mapToObj(n -> "{\"status\":\"Installed\",\"n\":" + n + "}")
                .toList();
    }

    @Test
    void a_torn_last_record_cut_at_any_byte_is_dropped_and_every_earlier_entry_kept() throws IOException {
        Path original = dir.resolve("original");
        List<Long> ends = writeEntries(original, 3);
        byte[] bytes = Files.readAllBytes(original.resolve(DurableQueue.FILE_NAME));
        long lastStart = ends.get(2);
        for (long cut = lastStart + 1; cut < ends.get(3); cut++) {
            Path copy = dir.resolve("cut-" + cut);
            Files.createDirectories(copy);
            Files.write(copy.resolve(DurableQueue.FILE_NAME), Arrays.copyOf(bytes, (int) cut));
            listener.damageReports.clear();
            try (DurableQueue queue = open(copy)) {
                assertEquals(expected(0, 1), payloads(queue), "cut at " + cut);
                RecoveryReport report = queue.recoveryReport();
                assertEquals(List.of(new DamagedRegion(lastStart, cut - lastStart, true)), report.damaged());
                assertFalse(report.damagedBeforeEnd());
                assertEquals(List.of(report), listener.damageReports);
                assertEquals(lastStart, Files.size(queue.file()), "the torn record is cut off");
                queue.append("FirmwareStatusNotification", "{\"status\":\"Installed\",\"n\":9}");
            }
            try (DurableQueue reopened = open(copy)) {
                assertTrue(reopened.recoveryReport().clean(), "cut at " + cut);
                assertEquals(expected(0, 1, 9), payloads(reopened));
            }
        }
    }

    @Test
    void a_torn_acknowledgement_brings_its_entry_back_to_be_sent_again() throws IOException {
        long beforeAck;
        try (DurableQueue queue = open(dir)) {
            QueueEntry entry = queue.append("LogStatusNotification", "{\"status\":\"Uploaded\"}");
            beforeAck = Files.size(queue.file());
            queue.acknowledge(entry.sequence());
        }
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        for (long cut = Files.size(file) - 1; cut > beforeAck; cut--) {
            truncate(file, cut);
            try (DurableQueue queue = open(dir)) {
                assertEquals(List.of("{\"status\":\"Uploaded\"}"), payloads(queue), "cut at " + cut);
            }
        }
    }

    @Test
    void zeros_after_the_last_record_count_as_a_torn_tail() throws IOException {
        writeEntries(dir, 2);
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        long size = Files.size(file);
        Files.write(file, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 1), payloads(queue));
            assertEquals(
                    List.of(new DamagedRegion(size, 4096, true)),
                    queue.recoveryReport().damaged());
        }
    }

    @Test
    void a_damaged_record_in_the_middle_is_skipped_and_the_valid_ones_before_and_after_are_kept() throws IOException {
        List<Long> ends = writeEntries(dir, 5);
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int third = ends.get(2).intValue();
        bytes[third + 20] ^= 0x5A; // inside the body of the third entry: its CRC no longer matches
        Files.write(file, bytes);
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 1, 3, 4), payloads(queue));
            RecoveryReport report = queue.recoveryReport();
            assertEquals(List.of(new DamagedRegion(third, ends.get(3) - third, false)), report.damaged());
            assertTrue(report.damagedBeforeEnd());
            Path copy = dir.resolve(DurableQueue.DAMAGED_COPY_NAME);
            assertEquals(java.util.Optional.of(copy), report.damagedCopy());
            assertArrayEquals(bytes, Files.readAllBytes(copy), "the damaged file is kept as it was");
        }
        try (DurableQueue reopened = open(dir)) {
            assertTrue(reopened.recoveryReport().clean(), "the file was rewritten without the damage");
            assertEquals(expected(0, 1, 3, 4), payloads(reopened));
        }
    }

    @Test
    void garbage_inserted_between_records_loses_no_entry() throws IOException {
        List<Long> ends = writeEntries(dir, 4);
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int at = ends.get(2).intValue();
        // Garbage that even contains a record marker with a plausible length: the CRC rejects it.
        byte[] garbage = ByteBuffer.allocate(40)
                .put(QueueFileFormat.RECORD_MARKER)
                .putInt(9)
                .putInt(12345)
                .put("not a record at all, \u00ff".getBytes(StandardCharsets.ISO_8859_1))
                .array();
        byte[] damaged = ByteBuffer.allocate(bytes.length + garbage.length)
                .put(bytes, 0, at)
                .put(garbage)
                .put(bytes, at, bytes.length - at)
                .array();
        Files.write(file, damaged);
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 1, 2, 3), payloads(queue));
            assertEquals(
                    List.of(new DamagedRegion(at, garbage.length, false)),
                    queue.recoveryReport().damaged());
        }
    }

    @Test
    void a_damaged_length_field_does_not_swallow_the_records_after_it() throws IOException {
        List<Long> ends = writeEntries(dir, 3);
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(ends.get(1).intValue() + 4, 40); // the second record claims a wrong length
        Files.write(file, bytes);
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 2), payloads(queue));
        }
    }

    @Test
    void a_damaged_file_header_keeps_the_records() throws IOException {
        writeEntries(dir, 2);
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] = 'X';
        Files.write(file, bytes);
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 1), payloads(queue));
            assertEquals(
                    List.of(new DamagedRegion(0, QueueFileFormat.FILE_HEADER.length, false)),
                    queue.recoveryReport().damaged());
        }
        try (DurableQueue reopened = open(dir)) {
            assertTrue(reopened.recoveryReport().clean());
        }
    }

    @Test
    void a_file_of_pure_garbage_opens_as_an_empty_queue_that_works() throws IOException {
        Path file = dir.resolve(DurableQueue.FILE_NAME);
        byte[] garbage = new byte[100_000];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        try (DurableQueue queue = open(dir)) {
            assertEquals(0, queue.size());
            assertEquals(100_000, queue.recoveryReport().damagedBytes());
            queue.append("SecurityEventNotification", "{}");
        }
        try (DurableQueue reopened = open(dir)) {
            assertEquals(List.of("{}"), payloads(reopened));
        }
    }

    @Test
    void an_empty_file_from_a_crash_at_creation_opens_as_an_empty_queue() throws IOException {
        Files.createFile(dir.resolve(DurableQueue.FILE_NAME));
        try (DurableQueue queue = open(dir)) {
            assertEquals(0, queue.size());
            queue.append("SecurityEventNotification", "{}");
        }
        try (DurableQueue reopened = open(dir)) {
            assertEquals(1, reopened.size());
            assertTrue(reopened.recoveryReport().clean());
        }
    }

    @Test
    void a_leftover_temporary_file_from_an_unfinished_compaction_is_ignored() throws IOException {
        writeEntries(dir, 2);
        Files.write(dir.resolve(DurableQueue.TEMP_NAME), new byte[] {1, 2, 3});
        try (DurableQueue queue = open(dir)) {
            assertEquals(expected(0, 1), payloads(queue));
            assertFalse(Files.exists(dir.resolve(DurableQueue.TEMP_NAME)));
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
