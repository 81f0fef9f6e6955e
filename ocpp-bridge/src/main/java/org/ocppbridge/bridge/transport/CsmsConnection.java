package org.ocppbridge.bridge.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's connection to the CSMS, kept up forever (Part 4 §3.1: the station keeps the WebSocket open all
 * the time): connects, and after every drop, refused handshake (401, 503, wrong subprotocol), TLS failure or
 * pong time-out waits the {@link RetryBackOff} wait (Part 4 §5.3) and connects again. Never a tight loop: every
 * new attempt after a failure waits at least RetryBackOffWaitMinimum.
 *
 * <p>The back-off starts again at RetryBackOffWaitMinimum only after a connection that stayed open for
 * {@code stableAfter}; a CSMS that accepts the upgrade and drops it at once keeps the waits growing.
 *
 * <p>Threads: all state lives on the given scheduler (the bridge's single "ocpp-core" thread; a
 * VirtualScheduler in tests). Transport callbacks hop onto it, and every {@link Listener} method is called on
 * it. Public methods may be called from any thread.
 */
public final class CsmsConnection {

    /** A connection that stayed open this long counts as successful: the back-off starts again. */
    private static final Logger log = LoggerFactory.getLogger(CsmsConnection.class);

    /** What the owner hears; every call comes on the scheduler. */
    public interface Listener {
        /** A WebSocket with subprotocol ocpp2.0.1 is open; send on it (or via {@link #send}). */
        void onConnected(WebSocket webSocket);

        /** A text frame from the CSMS on the open connection. */
        void onMessage(String text);

        /** An attempt failed or the connection ended; {@link Disconnect#nextAttemptIn()} says what follows. */
        void onDisconnected(Disconnect disconnect);
    }

    private final WebSocketConnector connector;
    private final RetryBackOff backOff;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration stableAfter;
    private final Listener listener;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    // Scheduler-thread state.
    private boolean started;
    private boolean stopping;
    private Attempt current;
    private ScheduledFuture<?> pendingConnect;
    private Optional<Duration> restartPause = Optional.empty();

    /** The open socket, for {@link #send} from any thread. */
    private volatile WebSocket openSocket;

    public CsmsConnection(
            WebSocketConnector connector,
            RetryBackOff backOff,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration stableAfter,
            Listener listener) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.backOff = Objects.requireNonNull(backOff, "backOff");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stableAfter = Objects.requireNonNull(stableAfter, "stableAfter");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Connects now, then keeps the connection up until {@link #close}. Once only. */
    public void start() {
        scheduler.execute(() -> {
            if (started || stopping) {
                return;
            }
            started = true;
            connect();
        });
    }

    /** Sends a text frame on the open connection; false when there is none. Never throws. */
    public boolean send(String text) {
        WebSocket socket = openSocket;
        return socket != null && socket.send(text);
    }

    public boolean isConnected() {
        return openSocket != null;
    }

    /**
     * Closes the connection with a close handshake ({@code code}, e.g. 1000) and stops reconnecting. The future
     * completes when the transport has reported the end (bounded by the transport's close time-out).
     */
    public CompletableFuture<Void> close(int code, String reason) {
        scheduler.execute(() -> {
            stopping = true;
            cancelPendingConnect();
            if (current == null) {
                closed.complete(null);
            } else if (!current.opened || !current.webSocket.close(code, reason)) {
                current.webSocket.cancel();
            }
        });
        return closed;
    }

    /**
     * For an in-process reboot: closes the connection with 1000, waits {@code pause} after it has ended, and
     * connects again, with the back-off reset. Does nothing after {@link #close}.
     */
    public void restart(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        scheduler.execute(() -> {
            if (stopping || !started) {
                return;
            }
            backOff.reset();
            restartPause = Optional.of(pause);
            if (current == null) {
                cancelPendingConnect();
                scheduleConnect(restartPause.get());
                restartPause = Optional.empty();
            } else if (!current.opened || !current.webSocket.close(1000, "restart")) {
                current.webSocket.cancel();
            }
        });
    }

    private void connect() {
        pendingConnect = null;
        Attempt attempt = new Attempt();
        current = attempt;
        try {
            attempt.webSocket = connector.connect(attempt);
        } catch (RuntimeException e) {
            // A bug or bad set-up in the connector must not end the reconnect loop, nor make it tight.
            log.error("connector failed to start a connection attempt", e);
            ended(
                    attempt,
                    false,
                    Disconnect.ABNORMAL_CLOSURE,
                    e.toString(),
                    Optional.of(new TransportException(FailureKind.CONNECT_FAILED, e.toString(), e, -1)));
        }
    }

    private void opened(Attempt attempt, WebSocket webSocket) {
        if (attempt != current) {
            webSocket.cancel();
            return;
        }
        attempt.opened = true;
        attempt.openedAt = clock.instant();
        if (stopping) {
            webSocket.close(1000, "closing");
            return;
        }
        openSocket = webSocket;
        notify(() -> listener.onConnected(webSocket));
    }

    private void message(Attempt attempt, String text) {
        if (attempt == current && attempt.opened && !stopping) {
            notify(() -> listener.onMessage(text));
        }
    }

    private void ended(
            Attempt attempt, boolean wasOpen, int code, String reason, Optional<TransportException> failure) {
        if (attempt != current) {
            return;
        }
        current = null;
        openSocket = null;
        if (wasOpen
                && !Duration.between(attempt.openedAt, clock.instant())
                        .minus(stableAfter)
                        .isNegative()) {
            backOff.reset();
        }
        Optional<Duration> next = Optional.empty();
        if (!stopping) {
            Duration delay = restartPause.orElseGet(backOff::nextDelay);
            restartPause = Optional.empty();
            scheduleConnect(delay);
            next = Optional.of(delay);
        }
        Disconnect disconnect = new Disconnect(wasOpen, code, reason, failure, next);
        if (failure.isPresent()) {
            log.info(
                    "CSMS connection {}: {}{}",
                    wasOpen ? "lost" : "attempt failed",
                    reason,
                    next.map(d -> "; next attempt in " + d).orElse(""));
        }
        notify(() -> listener.onDisconnected(disconnect));
        if (stopping) {
            closed.complete(null);
        }
    }

    private void scheduleConnect(Duration delay) {
        pendingConnect = scheduler.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void cancelPendingConnect() {
        if (pendingConnect != null) {
            pendingConnect.cancel(false);
            pendingConnect = null;
        }
    }

    /** The owner's listener runs on the scheduler, where a thrown exception would vanish: log it. */
    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("CSMS connection listener failed", e);
        }
    }

    private void hop(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException shutDown) {
            log.debug("scheduler shut down; transport event dropped");
        }
    }

    /** One connection attempt; its transport callbacks hop onto the scheduler. */
    private final class Attempt implements WebSocketListener {
        private WebSocket webSocket;
        private boolean opened;
        private Instant openedAt;

        @Override
        public void onOpen(WebSocket ws) {
            hop(() -> opened(this, ws));
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            hop(() -> message(this, text));
        }

        @Override
        public void onClosed(WebSocket ws, int code, String reason) {
            hop(() -> ended(this, opened, code, reason, Optional.empty()));
        }

        @Override
        public void onFailure(WebSocket ws, Throwable cause, int httpStatus) {
            hop(() -> {
                TransportException failure = cause instanceof TransportException te
                        ? te
                        : new TransportException(
                                opened ? FailureKind.CONNECTION_LOST : FailureKind.CONNECT_FAILED,
                                String.valueOf(cause),
                                cause,
                                httpStatus);
                ended(
                        this,
                        opened,
                        Disconnect.ABNORMAL_CLOSURE,
                        String.valueOf(failure.getMessage()),
                        Optional.of(failure));
            });
        }
    }
}
