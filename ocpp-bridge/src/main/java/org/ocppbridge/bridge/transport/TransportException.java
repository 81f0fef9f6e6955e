package org.ocppbridge.bridge.transport;

import java.io.IOException;
import java.util.Objects;

/** A failed or broken WebSocket connection, as passed to {@link WebSocketListener#onFailure}. */
public final class TransportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final int httpStatus;

    public TransportException(FailureKind kind, String message, Throwable cause, int httpStatus) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
    }

    public TransportException(FailureKind kind, String message) {
        this(kind, message, null, -1);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The HTTP status of a refused handshake, or -1. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The kind of any failure: a {@link TransportException}'s own, else {@link FailureKind#CONNECTION_LOST}. */
    public static FailureKind kindOf(Throwable failure) {
        return failure instanceof TransportException te ? te.kind() : FailureKind.CONNECTION_LOST;
    }
}
