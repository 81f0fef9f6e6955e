package org.ocppbridge.bridge.rpc;

import java.util.Objects;

/**
 * A handler's answer: the response, and work to start once the CALLRESULT has left ("reply first, act second",
 * as libocpp's handle_reset_req does).
 */
public record Reply<R>(R response, Runnable afterSent) {

    private static final Runnable NOTHING = () -> {};

    public Reply {
        Objects.requireNonNull(response, "response");
        afterSent = afterSent == null ? NOTHING : afterSent;
    }

    public static <R> Reply<R> of(R response) {
        return new Reply<>(response, NOTHING);
    }

    public static <R> Reply<R> then(R response, Runnable afterSent) {
        return new Reply<>(response, afterSent);
    }
}
