package org.ocppbridge.bridge.transport;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of one WebSocket connection, kept apart from the library and its handshake (as OkHttp keeps
 * its WebSocket's state apart from the HTTP upgrade): connecting → open → closing → closed or failed. It owns the
 * deadline of the current phase (connect, close handshake), the keep-alive, the socket to tear down, and the
 * listener's callbacks: queued under its lock, run after it is released ({@link OrderedCallbacks}), so the
 * listener never runs while a lock is held. After onClosed or onFailure no callback follows. Thread-safe.
 */
final class WebSocketLifecycle {

    /** How long the library's writer may take to flush the close frame before the socket is closed anyway. */
    static final Duration CLEAN_CLOSE_FLUSH = Duration.ofMillis(300);

    private static final Logger log = LoggerFactory.getLogger(WebSocketLifecycle.class);

    private final WebSocket owner;
    private final WebSocketListener listener;
    private final ScheduledExecutorService scheduler;
    private final KeepAlive keepAlive;
    private final int number;
    private final OrderedCallbacks callbacks = new OrderedCallbacks();
    private final Object lock = new Object();
    private boolean finished; // guarded by lock
    private Socket socket; // guarded by lock
    private volatile boolean opened;
    private volatile boolean closing;
    private volatile ScheduledFuture<?> deadline;

    /**
     * @param owner the connection the listener is told about
     * @param pingInterval WebSocketPingInterval, read when the connection opens and followed while it is open
     * @param sendPing sends one ping; false when the connection can no longer send
     */
    WebSocketLifecycle(
            WebSocket owner,
            WebSocketListener listener,
            ScheduledExecutorService scheduler,
            TransportConfig config,
            PingInterval pingInterval,
            BooleanSupplier sendPing,
            int number) {
        this.owner = owner;
        this.listener = listener;
        this.scheduler = scheduler;
        this.number = number;
        this.keepAlive = new KeepAlive(
                scheduler,
                pingInterval,
                config.pongTimeout(),
                sendPing,
                () -> fail(new TransportException(FailureKind.PONG_TIMEOUT, "no pong within " + config.pongTimeout())));
    }

    boolean isOpened() {
        return opened;
    }

    /** Whether text may be sent: open, not closing, not ended. */
    boolean canSend() {
        if (!opened || closing) {
            return false;
        }
        synchronized (lock) {
            return !finished;
        }
    }

    /** The current phase must end within {@code limit}, else the connection fails with {@code failure}. */
    void deadline(Duration limit, TransportException failure) {
        cancelDeadline();
        deadline = scheduler.schedule(() -> fail(failure), limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The handshake succeeded: the connection is open. */
    void opened() {
        synchronized (lock) {
            if (finished) {
                return;
            }
            opened = true;
            cancelDeadline();
            keepAlive.start();
            callbacks.queue(() -> listener.onOpen(owner), false);
        }
        callbacks.run();
    }

    void message(String text) {
        synchronized (lock) {
            if (finished) {
                return;
            }
            callbacks.queue(() -> listener.onMessage(owner, text), false);
        }
        callbacks.run();
    }

    void pongReceived() {
        keepAlive.pongReceived();
    }

    /** Starts the close; false when it was started before or the connection has ended. */
    boolean beginClose() {
        synchronized (lock) {
            if (closing || finished) {
                return false;
            }
            closing = true;
        }
        // No ping after our Close frame (RFC 6455 §5.5.1: nothing is sent after a Close).
        keepAlive.stop();
        return true;
    }

    /** Ends the connection with {@code failure}, first tearing the socket down; once only. */
    void fail(TransportException failure) {
        synchronized (lock) {
            if (finished) {
                return;
            }
            finished = true;
            callbacks.queue(() -> listener.onFailure(owner, failure, failure.httpStatus()), true);
        }
        stopTimers();
        // Closing the socket ends both library threads: the reader's read fails and it closes the engine, which
        // interrupts the writer; a writer that has not started yet fails on its first write; a socket not created
        // yet is closed by track(). The library's own close is not called here because it takes the engine
        // monitor, which the library's reader may hold.
        closeSocket();
        log.debug("connection {} failed: {}", number, failure.getMessage());
        callbacks.run();
    }

    /**
     * The library reports the end of the connection.
     *
     * @param failure why it failed, or null for a clean close handshake
     */
    void ended(int code, String reason, TransportException failure) {
        synchronized (lock) {
            if (finished) {
                return;
            }
            finished = true;
            if (failure != null) {
                callbacks.queue(() -> listener.onFailure(owner, failure, failure.httpStatus()), true);
            } else {
                callbacks.queue(() -> listener.onClosed(owner, code, reason), true);
            }
        }
        stopTimers();
        if (failure == null) {
            // A clean close: the library may report it (its reader saw the close start) while its writer still
            // holds our close frame; closing the socket now would cut that frame off and the CSMS would see 1006.
            // The writer flushes and closes the socket itself; this only bounds it.
            scheduler.schedule(this::closeSocket, CLEAN_CLOSE_FLUSH.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            log.debug("connection {} failed: {}", number, failure.getMessage());
            closeSocket();
        }
        callbacks.run();
    }

    /** Remembers the socket the library creates, so fail() can close it; a finished attempt gets a dead one. */
    Socket track(Socket created) throws IOException {
        synchronized (lock) {
            socket = created;
            if (finished) {
                created.close();
            }
        }
        return created;
    }

    private void stopTimers() {
        keepAlive.stop();
        cancelDeadline();
    }

    private void cancelDeadline() {
        ScheduledFuture<?> current = deadline;
        if (current != null) {
            current.cancel(false);
        }
    }

    private void closeSocket() {
        Socket current;
        synchronized (lock) {
            current = socket;
        }
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.debug("closing the socket of connection {}: {}", number, e.toString());
            }
        }
    }
}
