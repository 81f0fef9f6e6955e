package org.ocppbridge.bridge.transport;

/**
 * One WebSocket connection to the CSMS, shaped like OkHttp's {@code WebSocket}.
 *
 * <p>States: <em>connecting</em> (after {@link WebSocketConnector#connect}), <em>open</em> (after
 * {@link WebSocketListener#onOpen}), <em>closing</em> (after {@link #close} or a peer's close frame),
 * <em>closed</em> ({@link WebSocketListener#onClosed}) or <em>failed</em> ({@link WebSocketListener#onFailure}).
 * After onClosed or onFailure no further callback comes.
 */
public interface WebSocket {

    /** Queues a text frame. Never throws: false when the socket is not open. */
    boolean send(String text);

    /** Starts a graceful close with a close frame; false when already closing or closed. */
    boolean close(int code, String reason);

    /** Drops the connection at once, without a close handshake. */
    void cancel();
}
