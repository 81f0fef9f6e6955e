package org.ocppbridge.bridge.transport;

import java.util.ArrayDeque;

/**
 * The listener's callbacks of one connection, run one at a time in the order they were queued, and never while a
 * lock is held: {@link #queue} only records a callback (it may be called under the caller's lock), {@link #run}
 * runs what is queued on the calling thread unless another thread is already running them. Once the terminal
 * callback (onClosed or onFailure) is queued, nothing more is. A callback that queues another (a listener that
 * closes the connection from onMessage) sees it run after it returns, not inside it. Thread-safe.
 */
final class OrderedCallbacks {

    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private boolean running;
    private boolean ended;

    /** Queues a callback; false (and dropped) when the terminal one was queued before. */
    synchronized boolean queue(Runnable callback, boolean terminal) {
        if (ended) {
            return false;
        }
        ended = terminal;
        queued.add(callback);
        return true;
    }

    /** Runs the queued callbacks in order; returns at once when another thread is running them. Call it unlocked. */
    void run() {
        synchronized (this) {
            if (running) {
                return;
            }
            running = true;
        }
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queued.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            next.run();
        }
    }
}
