package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * WebSocket ping keep-alive of one connection (Part 4 §5.2, §8.4): a ping every WebSocketPingInterval; when the
 * pong of a ping has not come within {@code pongTimeout}, {@code onTimeout} runs once. Any pong answers every ping
 * sent before it. A new interval set on the {@link PingInterval} while it runs takes effect at once. Runs its
 * timers on the given scheduler; thread-safe.
 */
final class KeepAlive {

    private final ScheduledExecutorService scheduler;
    private final PingInterval interval;
    private final Duration pongTimeout;
    private final BooleanSupplier sendPing;
    private final Runnable onTimeout;
    private final AtomicLong pingsSent = new AtomicLong();
    private final AtomicLong pingsAnswered = new AtomicLong();
    private ScheduledFuture<?> ticker; // guarded by this
    private boolean started; // guarded by this
    private volatile boolean stopped;

    /**
     * @param sendPing sends one ping; false when the connection can no longer send (the keep-alive then stops)
     */
    KeepAlive(
            ScheduledExecutorService scheduler,
            PingInterval interval,
            Duration pongTimeout,
            BooleanSupplier sendPing,
            Runnable onTimeout) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.pongTimeout = pongTimeout;
        this.sendPing = sendPing;
        this.onTimeout = onTimeout;
    }

    /** Starts pinging at the current interval (none while it is zero, until it changes). */
    void start() {
        // Registered before the interval is read: a change made meanwhile is either read here or rescheduled.
        interval.started(this);
        synchronized (this) {
            if (stopped) {
                interval.stopped(this);
                return;
            }
            if (started) {
                return;
            }
            started = true;
            schedule(interval.get());
        }
    }

    /** A new WebSocketPingInterval: the next ping comes one new interval from now; zero stops the pings. */
    void reschedule(Duration next) {
        synchronized (this) {
            if (stopped || !started) {
                return;
            }
            cancelTicker();
            schedule(next);
        }
    }

    void pongReceived() {
        pingsAnswered.set(pingsSent.get());
    }

    void stop() {
        synchronized (this) {
            stopped = true;
            cancelTicker();
        }
        interval.stopped(this);
    }

    private void schedule(Duration every) {
        if (every.isZero()) {
            return;
        }
        long nanos = every.toNanos();
        ticker = scheduler.scheduleAtFixedRate(this::ping, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    private void cancelTicker() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    private void ping() {
        if (stopped) {
            return;
        }
        long number = pingsSent.incrementAndGet();
        if (!sendPing.getAsBoolean()) {
            stop();
            return;
        }
        scheduler.schedule(
                () -> {
                    if (!stopped && pingsAnswered.get() < number) {
                        stop();
                        onTimeout.run();
                    }
                },
                pongTimeout.toNanos(),
                TimeUnit.NANOSECONDS);
    }
}
