package org.ocppbridge.simulator;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The one bounded wait the recorder uses: an interrupted test fails instead of hanging. */
final class Waits {

    private Waits() {}

    /** The queue's next element, or null when none comes within {@code timeout}. */
    static <T> T poll(BlockingQueue<T> queue, Duration timeout) {
        try {
            return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
