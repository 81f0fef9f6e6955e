package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * WebSocket ping keep-alive of one connection (Part 4 §5.2, §8.4): a ping every {@code interval}; when the pong
 * of a ping has not come within {@code pongTimeout}, {@code onTimeout} runs once. Any pong answers every ping
 * sent before it. Runs its timers on the given scheduler; thread-safe.
 */
final class KeepAlive {

    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Duration pongTimeout;
    private final BooleanSupplier sendPing;
    private final Runnable onTimeout;
    private final AtomicLong pingsSent = new AtomicLong();
    private final AtomicLong pingsAnswered = new AtomicLong();
    private volatile ScheduledFuture<?> ticker;
    private volatile boolean stopped;

    /**
     * @param sendPing sends one ping; false when the connection can no longer send (the keep-alive then stops)
     */
    KeepAlive(
            ScheduledExecutorService scheduler,
            Duration interval,
            Duration pongTimeout,
            BooleanSupplier sendPing,
            Runnable onTimeout) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.pongTimeout = pongTimeout;
        this.sendPing = sendPing;
        this.onTimeout = onTimeout;
    }

    /** Starts pinging; does nothing when the interval is zero (client pings disabled). */
    void start() {
        if (interval.isZero() || stopped) {
            return;
        }
        long nanos = interval.toNanos();
        ticker = scheduler.scheduleAtFixedRate(this::ping, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    void pongReceived() {
        pingsAnswered.set(pingsSent.get());
    }

    void stop() {
        stopped = true;
        ScheduledFuture<?> current = ticker;
        if (current != null) {
            current.cancel(false);
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
