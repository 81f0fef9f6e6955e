package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedCallbacksTest {

    private final OrderedCallbacks callbacks = new OrderedCallbacks();
    private final List<String> ran = new ArrayList<>();

    @Test
    void callbacks_run_in_the_order_they_were_queued() {
        callbacks.queue(() -> ran.add("open"), false);
        callbacks.queue(() -> ran.add("message"), false);
        callbacks.run();
        assertEquals(List.of("open", "message"), ran);
    }

    @Test
    void nothing_is_queued_after_the_terminal_callback() {
        assertTrue(callbacks.queue(() -> ran.add("failure"), true));
        assertFalse(callbacks.queue(() -> ran.add("message"), false));
        assertFalse(callbacks.queue(() -> ran.add("closed"), true));
        callbacks.run();
        assertEquals(List.of("failure"), ran);
    }

    @Test
    void a_callback_that_queues_another_sees_it_run_after_it_returns_not_inside_it() {
        callbacks.queue(
                () -> {
                    ran.add("message begins");
                    callbacks.queue(() -> ran.add("closed"), true);
                    callbacks.run(); // already running on this thread: returns at once
                    ran.add("message ends");
                },
                false);
        callbacks.run();
        assertEquals(List.of("message begins", "message ends", "closed"), ran);
    }

    @Test
    void a_callback_runs_without_the_queue_lock_held() {
        callbacks.queue(() -> ran.add(Thread.holdsLock(callbacks) ? "locked" : "unlocked"), false);
        callbacks.run();
        assertEquals(List.of("unlocked"), ran);
    }
}
