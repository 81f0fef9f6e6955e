package org.ocppbridge.bridge.firmware;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.testing.VirtualScheduler;

/**
 * The project's {@link VirtualScheduler} behind one lock, because the updater's worker thread schedules timers
 * while the test thread advances time. It adds {@link #awaitPending}, so a test knows a timer exists before it
 * moves time past it.
 */
public final class LockedVirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final VirtualScheduler virtual = new VirtualScheduler();

    public Clock clock() {
        return virtual.clock();
    }

    public synchronized void advanceBy(Duration duration) {
        virtual.advanceBy(duration);
    }

    public synchronized Duration nextDelay() {
        return virtual.nextDelay();
    }

    /** Waits (bounded) until at least {@code count} timers are pending. */
    public synchronized void awaitPending(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (virtual.pendingTasks() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " pending timers, have " + virtual.pendingTasks());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        ScheduledFuture<?> future = virtual.schedule(command, delay, unit);
        notifyAll();
        return new Locked<>(future);
    }

    @Override
    public synchronized <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        ScheduledFuture<V> future = virtual.schedule(callable, delay, unit);
        notifyAll();
        return new Locked<>(future);
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleAtFixedRate(
            Runnable command, long initialDelay, long period, TimeUnit unit) {
        return new Locked<>(virtual.scheduleAtFixedRate(command, initialDelay, period, unit));
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(
            Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return new Locked<>(virtual.scheduleWithFixedDelay(command, initialDelay, delay, unit));
    }

    @Override
    public synchronized void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void shutdown() {
        virtual.shutdown();
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        return virtual.shutdownNow();
    }

    @Override
    public synchronized boolean isShutdown() {
        return virtual.isShutdown();
    }

    @Override
    public synchronized boolean isTerminated() {
        return virtual.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** A future whose cancel takes the scheduler's lock (cancelling edits the virtual queue). */
    private final class Locked<V> implements ScheduledFuture<V> {
        private final ScheduledFuture<V> inner;

        Locked(ScheduledFuture<V> inner) {
            this.inner = inner;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (LockedVirtualScheduler.this) {
                return inner.cancel(mayInterruptIfRunning);
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            synchronized (LockedVirtualScheduler.this) {
                return inner.getDelay(unit);
            }
        }

        @Override
        public int compareTo(java.util.concurrent.Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }

        @Override
        public boolean isDone() {
            return inner.isDone();
        }

        @Override
        public V get() throws InterruptedException, java.util.concurrent.ExecutionException {
            return inner.get();
        }

        @Override
        public V get(long timeout, TimeUnit unit)
                throws InterruptedException, java.util.concurrent.ExecutionException,
                        java.util.concurrent.TimeoutException {
            return inner.get(timeout, unit);
        }
    }
}
