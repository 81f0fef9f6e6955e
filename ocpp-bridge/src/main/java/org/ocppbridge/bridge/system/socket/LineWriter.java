package org.ocppbridge.bridge.system.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one charger connection's lines on its own thread ("ocpp-system-socket-write"), so that no caller waits
 * for a charger that reads slowly or not at all: the bridge's core thread hands a command over and goes on. Lines
 * wait in order in a bounded queue; a charger that lets {@link #MAX_WAITING} lines pile up is not reading, and its
 * connection is closed (its commands then fail at once, as for any lost connection). Thread-safe.
 */
final class LineWriter {

    /** Far more than the bridge ever has in flight (one command per CSMS request, a few error lines). */
    static final int MAX_WAITING = 256;

    private static final Logger log = LoggerFactory.getLogger(LineWriter.class);
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(2);
    /** Marks the end of what {@link #finish} lets the thread write. */
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final WritableByteChannel channel;
    private final String peer;
    private final Runnable closeConnection;
    private final BlockingQueue<ByteBuffer> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread thread;
    private volatile boolean stopped;

    /** @param closeConnection closes the connection when a write fails or the charger stops reading */
    LineWriter(WritableByteChannel channel, String peer, Runnable closeConnection) {
        this.channel = channel;
        this.peer = peer;
        this.closeConnection = closeConnection;
        this.thread = new Thread(this::writeLoop, "ocpp-system-socket-write");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues one line (a newline is added); never blocks. False when the connection is gone or not reading. */
    boolean send(String line) {
        if (stopped) {
            return false;
        }
        if (!waiting.offer(StandardCharsets.UTF_8.encode(line + "\n"))) {
            log.warn(
                    "The charger system {} does not read its lines ({} waiting); closing its connection",
                    peer,
                    MAX_WAITING);
            closeConnection.run();
            return false;
        }
        return true;
    }

    /**
     * Writes what was queued before (an answer to the charger's last request, say), then ends the thread; waits
     * at most {@code limit} for that, then drops the rest. Call it before closing the socket.
     */
    void finish(Duration limit) {
        stopped = true;
        if (waiting.offer(END)) {
            join(limit);
        }
        stop();
    }

    /** Ends the thread at once, dropping what waits; waits for it, bounded. Any thread, also the writer's own. */
    void stop() {
        stopped = true;
        thread.interrupt();
        join(JOIN_LIMIT);
    }

    private void join(Duration limit) {
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(limit.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeLoop() {
        try {
            while (true) {
                ByteBuffer line = waiting.take();
                if (line == END) {
                    return;
                }
                while (line.hasRemaining()) {
                    channel.write(line);
                }
            }
        } catch (InterruptedException e) {
            // stop() was called: the other way out.
        } catch (IOException e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.debug("Cannot write to the charger system {}: {}", peer, e.toString());
                closeConnection.run();
            }
        }
    }
}
