package org.ocppbridge.bridge.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.VirtualScheduler;

class DurableQueueTest {

    @TempDir
    Path dir;

    private final VirtualScheduler time = new VirtualScheduler(Instant.parse("2025-03-01T10:00:00.123456789Z"));
    private final RecordingQueueListener listener = new RecordingQueueListener();

    private DurableQueue open(int capacity) throws IOException {
        return DurableQueue.open(dir, capacity, time.clock(), listener);
    }

    private static List<String> payloads(DurableQueue queue) {
        return queue.all().stream().map(QueueEntry::payloadJson).toList();
    }

    @Test
    void entries_come_out_in_append_order_also_after_a_reopen() throws IOException {
        List<QueueEntry> appended = new ArrayList<>();
        try (DurableQueue queue = open(100)) {
            for (int i = 0; i < 5; i++) {
                appended.add(
                        queue.append("FirmwareStatusNotification", "{\"status\":\"Downloading\",\"n\":" + i + "}"));
                time.advanceBy(Duration.ofSeconds(1));
            }
            assertEquals(appended, queue.all());
            assertEquals(Optional.of(appended.get(0)), queue.peek());
        }
        try (DurableQueue reopened = open(100)) {
            assertEquals(appended, reopened.all());
            assertTrue(reopened.recoveryReport().clean());
            assertEquals(5, reopened.recoveryReport().entriesRecovered());
        }
    }

    @Test
    void an_entry_keeps_action_payload_retention_and_enqueue_time_to_the_nanosecond() throws IOException {
        String payload = "{\"techInfo\":\"Zähler ⚡ 日本 \\\"quoted\\\" \\u0000\"}";
        QueueEntry appended;
        try (DurableQueue queue = open(10)) {
            appended = queue.append("SecurityEventNotification", payload, Retention.KEEP);
            queue.append("LogStatusNotification", "{}", Retention.DROPPABLE);
        }
        try (DurableQueue reopened = open(10)) {
            QueueEntry read = reopened.peek().orElseThrow();
            assertEquals(appended, read);
            assertEquals(Instant.parse("2025-03-01T10:00:00.123456789Z"), read.enqueued());
            assertEquals(Retention.DROPPABLE, reopened.all().get(1).retention());
        }
    }

    @Test
    void an_acknowledged_entry_stays_gone_after_a_reopen() throws IOException {
        try (DurableQueue queue = open(10)) {
            QueueEntry first = queue.append("LogStatusNotification", "{\"status\":\"Uploading\"}");
            queue.append("LogStatusNotification", "{\"status\":\"Uploaded\"}");
            assertTrue(queue.acknowledge(first.sequence()));
            assertFalse(queue.acknowledge(first.sequence()), "a second acknowledgement finds nothing");
            assertEquals(1, queue.size());
        }
        try (DurableQueue reopened = open(10)) {
            assertEquals(List.of("{\"status\":\"Uploaded\"}"), payloads(reopened));
        }
    }

    @Test
    void a_drain_forces_once_per_interval_and_when_the_queue_empties_and_reads_back_exactly() throws IOException {
        List<QueueEntry> entries = new ArrayList<>();
        try (DurableQueue queue = DurableQueue.open(dir, 100, time.clock(), listener, Duration.ofHours(1))) {
            for (int i = 0; i < 10; i++) {
                entries.add(queue.append("LogStatusNotification", "{\"n\":" + i + "}"));
            }
            assertEquals(10, queue.forces(), "every append is forced before it returns");
            for (int i = 0; i < 9; i++) {
                queue.acknowledge(entries.get(i).sequence());
            }
            assertEquals(10, queue.forces(), "within the interval, acknowledgements with entries left wait");
            // A second handle sees the unforced acknowledgements: they are in the file, only not yet on the platter.
            assertEquals(List.of("{\"n\":9}"), payloadsInFile(queue));
            queue.acknowledge(entries.get(9).sequence());
            assertEquals(11, queue.forces(), "the acknowledgement that empties the queue is forced");
        }
    }

    @Test
    void with_a_zero_interval_every_acknowledgement_is_forced() throws IOException {
        try (DurableQueue queue = DurableQueue.open(dir, 100, time.clock(), listener, Duration.ZERO)) {
            QueueEntry first = queue.append("LogStatusNotification", "{}");
            QueueEntry second = queue.append("LogStatusNotification", "{}");
            queue.acknowledge(first.sequence());
            assertEquals(3, queue.forces());
            queue.acknowledge(second.sequence());
            assertEquals(4, queue.forces());
        }
    }

    @Test
    void an_unforced_acknowledgement_is_forced_by_the_next_append_and_by_close() throws IOException {
        try (DurableQueue queue = DurableQueue.open(dir, 100, time.clock(), listener, Duration.ofHours(1))) {
            QueueEntry first = queue.append("LogStatusNotification", "{}");
            queue.append("LogStatusNotification", "{}");
            queue.acknowledge(first.sequence());
            assertEquals(2, queue.forces());
            queue.append("LogStatusNotification", "{}");
            assertEquals(3, queue.forces(), "the append's force covers the acknowledgement before it");
            QueueEntry second = queue.all().get(0);
            queue.acknowledge(second.sequence());
            assertEquals(3, queue.forces());
            queue.close();
            assertEquals(4, queue.forces(), "close forces what is left unforced");
        }
        try (DurableQueue reopened = open(100)) {
            assertEquals(1, reopened.size());
        }
    }

    @TempDir
    Path copyDir;

    /** The waiting payloads as a reader of the file sees them now (a copy: the queue holds the directory's lock). */
    private List<String> payloadsInFile(DurableQueue queue) throws IOException {
        Files.copy(queue.file(), copyDir.resolve(DurableQueue.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        try (DurableQueue copy = DurableQueue.open(copyDir, 100, time.clock(), listener)) {
            return payloads(copy);
        }
    }

    @Test
    void acknowledging_a_sequence_that_never_existed_changes_nothing() throws IOException {
        try (DurableQueue queue = open(10)) {
            queue.append("LogStatusNotification", "{}");
            long before = Files.size(queue.file());
            assertFalse(queue.acknowledge(999));
            assertEquals(1, queue.size());
            assertEquals(before, Files.size(queue.file()));
        }
    }

    @Test
    void sequences_keep_increasing_after_every_entry_was_acknowledged_and_the_file_compacted() throws IOException {
        long last;
        try (DurableQueue queue = open(10)) {
            for (int i = 0; i < 3; i++) {
                queue.acknowledge(queue.append("LogStatusNotification", "{}").sequence());
            }
            queue.compact();
            last = queue.append("LogStatusNotification", "{}").sequence();
            queue.acknowledge(last);
            queue.compact();
        }
        try (DurableQueue reopened = open(10)) {
            assertEquals(0, reopened.size());
            assertEquals(
                    last + 1, reopened.append("LogStatusNotification", "{}").sequence());
        }
    }

    @Test
    void a_full_queue_drops_the_oldest_droppable_entry_and_never_a_kept_one() throws IOException {
        try (DurableQueue queue = open(3)) {
            queue.append("FirmwareStatusNotification", "{\"status\":\"Installed\"}", Retention.KEEP);
            QueueEntry downloading =
                    queue.append("FirmwareStatusNotification", "{\"status\":\"Downloading\"}", Retention.DROPPABLE);
            queue.append("LogStatusNotification", "{\"status\":\"Uploading\"}", Retention.DROPPABLE);
            queue.append("FirmwareStatusNotification", "{\"status\":\"DownloadFailed\"}", Retention.KEEP);

            assertEquals(List.of(downloading), listener.dropped);
            assertEquals(
                    List.of(
                            "{\"status\":\"Installed\"}",
                            "{\"status\":\"Uploading\"}",
                            "{\"status\":\"DownloadFailed\"}"),
                    payloads(queue));
        }
        try (DurableQueue reopened = open(3)) {
            assertEquals(3, reopened.size(), "the drop is durable");
            assertEquals(
                    "{\"status\":\"Installed\"}", reopened.peek().orElseThrow().payloadJson());
        }
    }

    @Test
    void a_queue_full_of_kept_entries_grows_beyond_its_capacity_and_reports_it() throws IOException {
        try (DurableQueue queue = open(2)) {
            for (int i = 0; i < 4; i++) {
                queue.append("SecurityEventNotification", "{\"n\":" + i + "}", Retention.KEEP);
            }
            assertEquals(4, queue.size());
            assertEquals(List.of(3, 4), listener.grewTo);
            assertTrue(listener.dropped.isEmpty());
        }
    }

    @Test
    void intermediates_arriving_at_a_queue_full_of_finals_replace_each_other() throws IOException {
        try (DurableQueue queue = open(2)) {
            queue.append("FirmwareStatusNotification", "{\"status\":\"Installed\"}", Retention.KEEP);
            queue.append("LogStatusNotification", "{\"status\":\"Uploaded\"}", Retention.KEEP);
            for (int i = 0; i < 5; i++) {
                queue.append(
                        "FirmwareStatusNotification",
                        "{\"status\":\"Downloading\",\"n\":" + i + "}",
                        Retention.DROPPABLE);
            }
            assertEquals(
                    List.of(
                            "{\"status\":\"Installed\"}",
                            "{\"status\":\"Uploaded\"}",
                            "{\"status\":\"Downloading\",\"n\":4}"),
                    payloads(queue));
            assertEquals(4, listener.dropped.size());
        }
    }

    @Test
    void compaction_keeps_the_waiting_entries_in_order_and_shrinks_the_file() throws IOException {
        List<QueueEntry> kept;
        try (DurableQueue queue = open(100)) {
            List<QueueEntry> all = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                all.add(queue.append("FirmwareStatusNotification", "{\"n\":" + i + "}"));
            }
            for (int i = 0; i < 5; i++) {
                queue.acknowledge(all.get(i).sequence());
            }
            long before = Files.size(queue.file());
            queue.compact();
            assertTrue(Files.size(queue.file()) < before);
            kept = all.subList(5, 10);
            assertEquals(kept, queue.all());
            queue.append("FirmwareStatusNotification", "{\"n\":10}");
        }
        try (DurableQueue reopened = open(100)) {
            List<QueueEntry> read = reopened.all();
            assertEquals(kept, read.subList(0, 5));
            assertEquals("{\"n\":10}", read.get(5).payloadJson());
            assertEquals(11, read.get(5).sequence());
            assertFalse(Files.exists(dir.resolve(DurableQueue.TEMP_NAME)));
        }
    }

    @Test
    void the_file_stays_small_when_entries_are_appended_and_acknowledged_for_ever() throws IOException {
        try (DurableQueue queue = open(10)) {
            queue.acknowledge(queue.append("LogStatusNotification", "{\"status\":\"Uploading\"}")
                    .sequence());
            long oneCycle = Files.size(queue.file()) - QueueFileFormat.FILE_HEADER.length;
            for (int i = 0; i < 2000; i++) {
                queue.acknowledge(queue.append("LogStatusNotification", "{\"status\":\"Uploading\"}")
                        .sequence());
            }
            assertTrue(
                    Files.size(queue.file()) <= DurableQueue.COMPACT_MIN_DEAD_RECORDS * oneCycle,
                    "file is " + Files.size(queue.file()) + " bytes");
            assertFalse(listener.compactions.isEmpty());
        }
    }

    @Test
    void a_second_open_of_the_same_directory_fails_until_the_first_is_closed() throws IOException {
        DurableQueue first = open(10);
        IOException refused = assertThrows(IOException.class, () -> open(10));
        assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
        first.close();
        open(10).close();
    }

    @Test
    void a_closed_queue_refuses_appends() throws IOException {
        DurableQueue queue = open(10);
        queue.close();
        assertThrows(IllegalStateException.class, () -> queue.append("LogStatusNotification", "{}"));
    }

    @Test
    void appends_from_several_threads_are_all_kept_each_thread_in_its_own_order() throws Exception {
        int threads = 4;
        int perThread = 50;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        try (DurableQueue queue = open(1000)) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread thread = new Thread(
                        () -> {
                            try {
                                for (int i = 0; i < perThread; i++) {
                                    queue.append("SecurityEventNotification", id + ":" + i);
                                }
                            } catch (Throwable e) {
                                failure.set(e);
                            } finally {
                                done.countDown();
                            }
                        },
                        "test-queue-appender-" + t);
                thread.start();
            }
            assertTrue(done.await(60, TimeUnit.SECONDS));
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
        }
        try (DurableQueue reopened = open(1000)) {
            List<String> all = payloads(reopened);
            assertEquals(threads * perThread, all.size());
            for (int t = 0; t < threads; t++) {
                String prefix = t + ":";
                List<String> ofThread =
                        all.stream().filter(p -> p.startsWith(prefix)).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    expected.add(prefix + i);
                }
                assertEquals(expected, ofThread);
            }
        }
    }

    @Test
    void a_payload_above_the_record_limit_is_refused_without_touching_the_file() throws IOException {
        try (DurableQueue queue = open(10)) {
            long before = Files.size(queue.file());
            String huge = "x".repeat(QueueFileFormat.MAX_BODY);
            assertThrows(IllegalArgumentException.class, () -> queue.append("LogStatusNotification", huge));
            assertEquals(before, Files.size(queue.file()));
            assertEquals(0, queue.size());
        }
    }
}
