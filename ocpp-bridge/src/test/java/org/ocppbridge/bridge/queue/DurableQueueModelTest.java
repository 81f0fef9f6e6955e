package org.ocppbridge.bridge.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ocppbridge.bridge.testing.VirtualScheduler;

/**
 * Random sequences of append, acknowledge, reopen and compact, checked after every step against a plain list
 * that follows the documented rules (order, drop the oldest droppable when full, never drop a kept entry).
 */
class DurableQueueModelTest {

    private static final int CAPACITY = 5;

    private record ModelEntry(long sequence, String payload, Retention retention) {}

    @Property(tries = 200)
    void random_operations_behave_like_the_simple_model(
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 99) Integer> operations) throws IOException {
        Path dir = Files.createTempDirectory("queue-model");
        VirtualScheduler time = new VirtualScheduler(Instant.parse("2025-01-01T00:00:00Z"));
        List<ModelEntry> model = new ArrayList<>();
        long nextSequence = 1;
        DurableQueue queue = DurableQueue.open(dir, CAPACITY, time.clock(), new QueueListener() {});
        try {
            for (int step = 0; step < operations.size(); step++) {
                int op = operations.get(step);
                if (op < 50) {
                    Retention retention = op % 3 == 0 ? Retention.KEEP : Retention.DROPPABLE;
                    String payload = "{\"step\":" + step + "}";
                    if (model.size() >= CAPACITY) {
                        model.stream()
                                .filter(e -> e.retention() == Retention.DROPPABLE)
                                .findFirst()
                                .ifPresent(model::remove);
                    }
                    model.add(new ModelEntry(nextSequence++, payload, retention));
                    queue.append("FirmwareStatusNotification", payload, retention);
                    time.advanceBy(java.time.Duration.ofMillis(1));
                } else if (op < 75) {
                    if (!model.isEmpty()) {
                        queue.acknowledge(model.remove(0).sequence());
                    }
                } else if (op < 85) {
                    if (!model.isEmpty()) {
                        queue.acknowledge(model.remove(op % model.size()).sequence());
                    }
                } else if (op < 95) {
                    queue.close();
                    queue = DurableQueue.open(dir, CAPACITY, time.clock(), new QueueListener() {});
                    assertEquals(true, queue.recoveryReport().clean(), "step " + step);
                } else {
                    queue.compact();
                }
                List<ModelEntry> actual = queue.all().stream()
                        .map(e -> new ModelEntry(e.sequence(), e.payloadJson(), e.retention()))
                        .toList();
                assertEquals(model, actual, "after step " + step + " (operation " + op + ")");
            }
        } finally {
            queue.close();
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
