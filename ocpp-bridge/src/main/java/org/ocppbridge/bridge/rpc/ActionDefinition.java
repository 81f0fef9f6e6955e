package org.ocppbridge.bridge.rpc;

import java.util.Objects;

/** One action's metadata: its name and the records of its request and response. */
public record ActionDefinition<Q, R>(String action, Class<Q> requestType, Class<R> responseType) {

    public ActionDefinition {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
    }

    /** The schema of the request ("ResetRequest"). */
    public String requestSchema() {
        return action + "Request";
    }

    /** The schema of the response ("ResetResponse"). */
    public String responseSchema() {
        return action + "Response";
    }
}
