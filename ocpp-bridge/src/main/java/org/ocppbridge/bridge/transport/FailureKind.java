package org.ocppbridge.bridge.transport;

/** Why a connection attempt failed or an open connection broke; carried by {@link TransportException}. */
public enum FailureKind {
    /** TCP connect or I/O error before the WebSocket opened (refused, unreachable, reset, unknown host). */
    CONNECT_FAILED,
    /** I/O error or a close without close frame after the WebSocket had opened. */
    CONNECTION_LOST,
    /** Connect + handshake, or the close handshake, did not finish within its configured time-out. */
    TIMEOUT,
    /** The CSMS answered the HTTP upgrade with a status other than 101 (e.g. 401, 404, 503). */
    HANDSHAKE_REFUSED,
    /** The CSMS completed the upgrade without selecting {@code ocpp2.0.1} (Part 4 §3.2). */
    SUBPROTOCOL_REFUSED,
    /**
     * The CSMS certificate failed verification: unknown CA, expired, or name mismatch. The station reports
     * this as SecurityEvent {@code InvalidCsmsCertificate} once connected (TC_A_05).
     */
    INVALID_CSMS_CERTIFICATE,
    /** Any other TLS failure (handshake alert, no common protocol or cipher, client certificate refused). */
    TLS_ERROR,
    /** A WebSocket ping got no pong within the pong time-out. */
    PONG_TIMEOUT,
    /** {@link WebSocket#cancel()} was called. */
    CANCELLED
}
