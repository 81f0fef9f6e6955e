package org.ocppbridge.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A thread factory that remembers the threads it made, so that {@link #join} can wait for them to end.
 *
 * <p>An executor's {@code awaitTermination} returns once its last worker has signalled termination, which that worker
 * does just before its thread returns; a caller that promises "no simulator thread is left after close" must also
 * wait for the thread itself.
 */
final class OwnedThreads implements ThreadFactory {
    private final String name;
    private final boolean daemon;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    OwnedThreads(String name, boolean daemon) {
        this.name = name;
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(daemon);
        threads.add(thread);
        return thread;
    }

    /** Waits until every thread made here has ended or the deadline ({@link System#nanoTime()}) passed. */
    boolean join(long deadlineNanos) throws InterruptedException {
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (left > 0) {
                thread.join(left);
            }
            if (thread.isAlive()) {
                return false;
            }
        }
        return true;
    }
}
