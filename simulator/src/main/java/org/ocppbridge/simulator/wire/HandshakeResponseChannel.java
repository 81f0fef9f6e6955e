package org.ocppbridge.simulator.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.charset.StandardCharsets;
import org.java_websocket.WrappedByteChannel;

/**
 * The channel of one accepted socket, wrapped so that a refused handshake can answer with the HTTP status the test
 * asked for (401, 503, ...). Java-WebSocket can only refuse a handshake with "404 WebSocket Upgrade Failure"; this
 * wrapper swaps that response for {@link #replaceNextWrite}'s text. Everything else passes through unchanged,
 * including the TLS wrapper's extra read/write work.
 */
class HandshakeResponseChannel implements WrappedByteChannel {

    /** A few bounded retries for a partial write of a response of a few hundred bytes into an empty socket. */
    private static final int MAX_WRITE_ATTEMPTS = 1000;

    private final ByteChannel inner;
    private volatile byte[] replacement;

    HandshakeResponseChannel(ByteChannel inner) {
        this.inner = inner;
    }

    /** The next buffer the library writes (its refusal) is discarded and this HTTP response is written instead. */
    void replaceNextWrite(String httpResponse) {
        replacement = httpResponse.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        byte[] bytes = replacement;
        if (bytes == null) {
            return inner.write(src);
        }
        replacement = null;
        int discarded = src.remaining();
        src.position(src.limit());
        ByteBuffer out = ByteBuffer.wrap(bytes);
        for (int attempt = 0; out.hasRemaining() && attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            inner.write(out);
        }
        if (out.hasRemaining()) {
            throw new IOException("could not write the handshake refusal");
        }
        return discarded;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return inner.read(dst);
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }

    @Override
    public boolean isNeedWrite() {
        return inner instanceof WrappedByteChannel wrapped && wrapped.isNeedWrite();
    }

    @Override
    public void writeMore() throws IOException {
        if (inner instanceof WrappedByteChannel wrapped) {
            wrapped.writeMore();
        }
    }

    @Override
    public boolean isNeedRead() {
        return inner instanceof WrappedByteChannel wrapped && wrapped.isNeedRead();
    }

    @Override
    public int readMore(ByteBuffer dst) throws IOException {
        return inner instanceof WrappedByteChannel wrapped ? wrapped.readMore(dst) : 0;
    }

    @Override
    public boolean isBlocking() {
        if (inner instanceof WrappedByteChannel wrapped) {
            return wrapped.isBlocking();
        }
        return inner instanceof SelectableChannel selectable && selectable.isBlocking();
    }
}
