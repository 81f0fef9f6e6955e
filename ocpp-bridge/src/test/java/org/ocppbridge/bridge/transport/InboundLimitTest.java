package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 15, point 1: what waits for the core is bounded; the read thread waits instead of the heap growing. */
class InboundLimitTest {

    @Test
    void a_frame_costs_its_length_but_at_least_the_minimum_so_at_most_256_small_frames_wait() {
        assertEquals(InboundLimit.MIN_COST, InboundLimit.cost(40));
        assertEquals(1 << 20, InboundLimit.cost(1 << 20));
        assertEquals(256, InboundLimit.MAX_WAITING_CHARS / InboundLimit.MIN_COST);
        InboundLimit limit = new InboundLimit();
        for (int i = 0; i < 256; i++) {
            assertTrue(limit.enter(40), "frame " + i);
        }
        assertEquals(0, limit.room());
    }

    @Test
    void when_full_the_reader_waits_until_the_core_has_handled_a_frame() throws Exception {
        InboundLimit limit = new InboundLimit();
        for (int i = 0; i < 256; i++) {
            limit.enter(40);
        }
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> limit.enter(40));
        // The barrier: the reader's claim can only be granted by this leave; its result says it was.
        limit.leave(40);
        assertTrue(reader.get(10, TimeUnit.SECONDS));
        assertEquals(0, limit.room(), "the freed share went to the waiting reader");
    }
}
