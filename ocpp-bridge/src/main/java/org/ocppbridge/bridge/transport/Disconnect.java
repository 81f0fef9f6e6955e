package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of one connection attempt, as {@link CsmsConnection} reports it.
 *
 * @param wasConnected whether the WebSocket had opened (false: the attempt itself failed)
 * @param code the close code of a close handshake, or 1006 for a failure
 * @param reason the close reason, or the failure's message
 * @param failure why the attempt failed or the connection broke; empty after a close handshake
 * @param nextAttemptIn when the next attempt starts; empty after {@link CsmsConnection#close}
 */
public record Disconnect(
        boolean wasConnected,
        int code,
        String reason,
        Optional<TransportException> failure,
        Optional<Duration> nextAttemptIn) {

    /** Close code for "no close frame" (RFC 6455 §7.1.5); never sent on the wire. */
    public static final int ABNORMAL_CLOSURE = 1006;

    public Disconnect {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(nextAttemptIn, "nextAttemptIn");
    }

    public boolean isFailure() {
        return failure.isPresent();
    }

    /** The failure's kind, when it is one. */
    public Optional<FailureKind> failureKind() {
        return failure.map(TransportException::kind);
    }
}
