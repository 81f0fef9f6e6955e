package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what waits for the core thread (issue 15, point 1). The transport's read thread takes a share before it
 * hands a frame over and the core gives it back once the frame is handled; while the core is behind the read
 * thread waits here, stops reading the socket, and TCP pushes back on the CSMS instead of the heap filling up.
 *
 * <p>A frame costs its length in characters, at least {@link #MIN_COST}: at most {@link #MAX_WAITING_CHARS}
 * characters wait (4 Mi chars: a few MiB of heap, bounded even with 1 MiB frames), and at most
 * {@code MAX_WAITING_CHARS / MIN_COST} = 256 small frames, which the core clears in well under a second.
 */
public final class InboundLimit {

    /** The characters that may wait for the core. */
    public static final int MAX_WAITING_CHARS = 4 * 1024 * 1024;

    /** The least a frame costs, so that many tiny frames are bounded by count too. */
    public static final int MIN_COST = 16 * 1024;

    /** How long a read thread waits for the core before it gives the connection up as stuck. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final Semaphore waiting = new Semaphore(MAX_WAITING_CHARS, true);

    /** What one frame of {@code length} characters costs. */
    static int cost(int length) {
        return Math.min(MAX_WAITING_CHARS, Math.max(MIN_COST, length));
    }

    /**
     * Waits, on the calling (read) thread, until a frame of {@code length} characters may wait for the core.
     *
     * @return false when the core has not made room within {@link #MAX_WAIT}, or the thread was interrupted
     */
    boolean enter(int length) {
        try {
            return waiting.tryAcquire(cost(length), MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The core handled (or dropped) a frame of {@code length} characters. */
    void leave(int length) {
        waiting.release(cost(length));
    }

    /** Characters' worth of room left; for tests. */
    int room() {
        return waiting.availablePermits();
    }
}
