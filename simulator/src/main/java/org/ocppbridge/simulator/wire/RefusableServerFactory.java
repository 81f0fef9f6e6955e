package org.ocppbridge.simulator.wire;

import java.io.IOException;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/**
 * Wraps the server's socket factory (plain or TLS) so that every accepted channel can refuse its handshake with a
 * chosen HTTP status. See {@link #refuse}.
 */
public final class RefusableServerFactory implements WebSocketServerFactory {

    private final WebSocketServerFactory inner;

    public RefusableServerFactory(WebSocketServerFactory inner) {
        this.inner = inner;
    }

    /**
     * Arranges for the handshake of {@code conn}, which the caller is about to refuse by throwing from the
     * handshake callback, to be answered with {@code status} instead of the library's 404.
     *
     * @return false when the connection's channel is not one of ours (the library's 404 goes out then)
     */
    public static boolean refuse(WebSocket conn, int status, String reasonPhrase, String extraHeaders) {
        if (conn instanceof WebSocketImpl impl && impl.getChannel() instanceof HandshakeResponseChannel channel) {
            channel.replaceNextWrite("HTTP/1.1 " + status + " " + reasonPhrase + "\r\n"
                    + extraHeaders
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n");
            return true;
        }
        return false;
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
        return inner.createWebSocket(adapter, draft);
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
        return inner.createWebSocket(adapter, drafts);
    }

    @Override
    public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
        ByteChannel wrapped = inner.wrapChannel(channel, key);
        return wrapped instanceof org.java_websocket.interfaces.ISSLChannel
                ? new TlsHandshakeResponseChannel(wrapped)
                : new HandshakeResponseChannel(wrapped);
    }

    @Override
    public void close() {
        inner.close();
    }
}
