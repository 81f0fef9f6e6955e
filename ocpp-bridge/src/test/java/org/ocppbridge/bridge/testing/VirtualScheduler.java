package org.ocppbridge.bridge.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ScheduledExecutorService} in virtual time, for tests of time-outs, heartbeats and back-off without
 * sleeping (the model is OkHttp's TaskFaker). Tasks run on the calling thread inside {@link #advanceBy} and
 * {@link #runUntilIdle}; {@link #clock()} reads the same virtual time. Not thread-safe: one test thread drives it.
 */
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;
    private boolean shutdown;
    private final Instant epoch;

    public VirtualScheduler() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public VirtualScheduler(Instant epoch) {
        this.epoch = epoch;
    }

    /** A clock that reads virtual time. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return epoch.plusNanos(nowNanos);
            }
        };
    }

    /** Virtual time since creation. */
    public Duration elapsed() {
        return Duration.ofNanos(nowNanos);
    }

    /** Runs every task due now, including tasks they schedule for now. */
    public void runUntilIdle() {
        advanceBy(Duration.ZERO);
    }

    /** Moves time forward, running each task at its due time, in order. */
    public void advanceBy(Duration duration) {
        long target = nowNanos + duration.toNanos();
        while (true) {
            Task<?> next = queue.peek();
            if (next == null || next.dueNanos > target) {
                break;
            }
            queue.poll();
            nowNanos = Math.max(nowNanos, next.dueNanos);
            next.runTask();
        }
        nowNanos = target;
    }

    /** Delay until the next pending task, or null when none is pending. */
    public Duration nextDelay() {
        Task<?> next = queue.peek();
        return next == null ? null : Duration.ofNanos(next.dueNanos - nowNanos);
    }

    /** How many tasks are pending. */
    public int pendingTasks() {
        return queue.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new Task<Void>(
                () -> {
                    command.run();
                    return null;
                },
                unit.toNanos(delay),
                0));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, unit.toNanos(delay), 0));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return periodic(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return periodic(command, initialDelay, delay, unit);
    }

    private ScheduledFuture<?> periodic(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        return enqueue(new Task<Void>(
                () -> {
                    command.run();
                    return null;
                },
                unit.toNanos(initialDelay),
                unit.toNanos(period)));
    }

    private <V> Task<V> enqueue(Task<V> task) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        queue.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> pending = new ArrayList<>(queue);
        queue.clear();
        return pending;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** Tasks not yet run, for assertions. */
    public Collection<? extends Runnable> pending() {
        return List.copyOf(queue);
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private long dueNanos;
        private final long periodNanos;
        private final long order = sequence++;

        Task(Callable<V> callable, long delayNanos, long periodNanos) {
            super(callable);
            this.dueNanos = nowNanos + Math.max(0, delayNanos);
            this.periodNanos = periodNanos;
        }

        void runTask() {
            if (periodNanos == 0) {
                run();
                return;
            }
            if (runAndReset() && !isCancelled() && !shutdown) {
                dueNanos = nowNanos + periodNanos;
                queue.add(this);
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            queue.remove(this);
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            int byTime = Long.compare(dueNanos, that.dueNanos);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }

        /** Throws what the task threw, so tests see failures inside scheduled work. */
        V result() throws ExecutionException, InterruptedException, CancellationException {
            return get();
        }
    }
}
