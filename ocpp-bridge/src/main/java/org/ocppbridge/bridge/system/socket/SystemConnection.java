package org.ocppbridge.bridge.system.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected charger system: JSON lines in UTF-8, read on the "ocpp-system-socket-read" thread this object
 * owns and handed to a {@link Handler}; {@link #send} queues one line from any thread for the
 * "ocpp-system-socket-write" thread ({@link LineWriter}), so no caller waits for the charger. A line longer than
 * {@link #MAX_LINE_BYTES} or not UTF-8 is refused and skipped; the connection stays up.
 */
final class SystemConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SystemConnection.class);

    /** Far more than any system type needs (a PEM certificate and a signature are a few KiB). */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final Duration JOIN_LIMIT = Duration.ofSeconds(2);
    /** How long a close lets the lines already queued (an answer to the charger) reach it: never a slow stop. */
    private static final Duration FLUSH_LIMIT = Duration.ofMillis(200);

    /** What the read thread reports. Called on that thread only, one call at a time. */
    interface Handler {
        void onLine(SystemConnection from, String line);

        void onBadLine(SystemConnection from, LineError error);

        /** The peer closed, the read failed, or {@link #close} was called; comes exactly once, last. */
        void onClosed(SystemConnection from);
    }

    private final SocketChannel channel;
    private final Handler handler;
    private final Thread reader;
    private final LineWriter writer;
    private final String peer;

    SystemConnection(SocketChannel channel, String peer, Handler handler) {
        this.channel = channel;
        this.peer = peer;
        this.handler = handler;
        this.reader = new Thread(this::readLoop, "ocpp-system-socket-read");
        this.reader.setDaemon(true);
        this.writer = new LineWriter(channel, peer, this::closeChannel);
    }

    void start() {
        writer.start();
        reader.start();
    }

    /**
     * Queues one line (a newline is added) for the writer thread; never blocks. False when the connection is gone
     * or the charger has stopped reading (the connection is then closed). Any thread.
     */
    boolean send(String line) {
        return writer.send(line);
    }

    String peer() {
        return peer;
    }

    /** Closes the socket; the threads end and the reader reports {@link Handler#onClosed}. Waits, bounded. */
    @Override
    public void close() {
        writer.finish(FLUSH_LIMIT);
        closeChannel();
        if (Thread.currentThread() != reader && reader.isAlive()) {
            try {
                reader.join(JOIN_LIMIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Closing the charger system's socket failed: {}", e.toString());
        }
    }

    private void readLoop() {
        try {
            ByteBuffer in = ByteBuffer.allocate(8192);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean skipping = false;
            while (channel.read(in) >= 0) {
                in.flip();
                while (in.hasRemaining()) {
                    byte b = in.get();
                    if (b == '\n') {
                        if (skipping) {
                            skipping = false;
                            handler.onBadLine(
                                    this,
                                    new LineError(
                                            LineError.LINE_TOO_LONG,
                                            null,
                                            "a line may have at most " + MAX_LINE_BYTES + " bytes"));
                        } else {
                            deliver(line.toByteArray());
                        }
                        line.reset();
                    } else if (!skipping) {
                        if (line.size() >= MAX_LINE_BYTES) {
                            skipping = true;
                            line.reset();
                        } else {
                            line.write(b);
                        }
                    }
                }
                in.clear();
            }
        } catch (ClosedChannelException e) {
            // close() was called: the normal way out.
        } catch (IOException e) {
            log.info("The charger system {} connection failed: {}", peer, e.toString());
        } catch (RuntimeException e) {
            log.error("Unexpected error reading from the charger system {}", peer, e);
        } finally {
            closeChannel();
            writer.stop();
            handler.onClosed(this);
        }
    }

    private void deliver(byte[] bytes) {
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
        } catch (CharacterCodingException e) {
            handler.onBadLine(this, new LineError(LineError.MALFORMED_LINE, null, "a line must be UTF-8"));
            return;
        }
        if (!text.toString().isBlank()) {
            handler.onLine(this, text.toString());
        }
    }
}
