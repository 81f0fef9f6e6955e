package org.ocppbridge.bridge.transport;

/** Opens WebSocket connections to the CSMS. */
public interface WebSocketConnector {

    /** Starts connecting; the outcome arrives through {@code listener}. */
    WebSocket connect(WebSocketListener listener);
}
