package org.ocppbridge.bridge.transport;

import java.time.Duration;
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
 * <p>The back-off starts again at RetryBackOffWaitMinimum once a connection has opened (Part 4 §5.3: the waits
 * grow "until it has successfully reconnected"), so the first attempt after any drop of an open connection waits
 * the minimum (TC_B_57 step 5). A CSMS that accepts the upgrade and drops it at once therefore sees attempts
 * RetryBackOffWaitMinimum plus the random part apart, never a tight loop.
 *
 * <p>Threads: all state lives on the given scheduler (the bridge's single "ocpp-core" thread; a
 * VirtualScheduler in tests). Transport callbacks hop onto it, and every {@link Listener} method is called on
 * it. Public methods may be called from any thread.
 */
public final class CsmsConnection {

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
    private final Listener listener;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    // Scheduler-thread state.
    private boolean started;
    private boolean stopping;
    private Attempt current;
    private ScheduledFuture<?> pendingConnect;
    private Optional<Duration> restartPause = Optional.empty();

    /** Frames handed to the scheduler and not yet handled: bounded (issue 15, point 1). */
    private final InboundLimit inbound = new InboundLimit();

    /** The scheduler's thread (a single-thread scheduler: the core), known from the first task on it. */
    private volatile Thread coreThread;

    /** The open socket, for {@link #send} from any thread. */
    private volatile WebSocket openSocket;

    public CsmsConnection(
            WebSocketConnector connector, RetryBackOff backOff, ScheduledExecutorService scheduler, Listener listener) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.backOff = Objects.requireNonNull(backOff, "backOff");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Connects now, then keeps the connection up until {@link #close}. Once only. */
    public void start() {
        scheduler.execute(() -> {
            coreThread = Thread.currentThread();
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
        if (stopping) {
            webSocket.close(1000, "closing");
            return;
        }
        openSocket = webSocket;
        backOff.reset(); // Part 4 §5.3: successfully reconnected, the next drop waits the minimum again
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

        @Override
        public void onOpen(WebSocket ws) {
            hop(() -> opened(this, ws));
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            // The transport's read thread: it waits here while the core is behind, so the socket is not read
            // and TCP pushes back (issue 15, point 1).
            int length = text.length();
            // The transport may run a queued message callback on the core thread itself (when the core is the
            // one draining the connection's callbacks); that one must never wait for the core.
            boolean onCore = Thread.currentThread() == coreThread;
            if (!onCore && !inbound.enter(length)) {
                log.warn(
                        "The core thread has not taken a frame for {} s; dropping the connection",
                        InboundLimit.MAX_WAIT.toSeconds());
                ws.cancel();
                return;
            }
            try {
                scheduler.execute(() -> {
                    try {
                        message(this, text);
                    } finally {
                        if (!onCore) {
                            inbound.leave(length);
                        }
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                if (!onCore) {
                    inbound.leave(length);
                }
                log.debug("scheduler shut down; transport event dropped");
            }
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
