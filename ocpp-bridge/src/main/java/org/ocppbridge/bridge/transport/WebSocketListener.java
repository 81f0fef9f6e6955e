package org.ocppbridge.bridge.transport;

/**
 * Callbacks of one {@link WebSocket}. They come from the transport's own thread: implementations hand the work
 * to their owner's executor and return.
 */
public interface WebSocketListener {

    /** The handshake completed and the server selected {@code ocpp2.0.1}. */
    void onOpen(WebSocket webSocket);

    /** A text frame arrived. */
    void onMessage(WebSocket webSocket, String text);

    /** The connection closed after a close handshake (or the peer's close frame). Final. */
    void onClosed(WebSocket webSocket, int code, String reason);

    /**
     * The connection could not be made or broke: refused handshake (with its HTTP status, or -1), TLS failure,
     * wrong subprotocol, I/O error, pong time-out. Final.
     */
    void onFailure(WebSocket webSocket, Throwable cause, int httpStatus);
}
