package org.ocppbridge.simulator;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A CALL the station sent. Answer it once, with {@link #reply} or {@link #replyError}; a CALL answered by an
 * auto-reply is already answered.
 */
public final class IncomingCall {

    private final StationConnection connection;
    private final String messageId;
    private final String action;
    private final JsonObject payload;
    private final Instant receivedAt;
    private final AtomicBoolean answered = new AtomicBoolean();

    IncomingCall(
            StationConnection connection, String messageId, String action, JsonObject payload, Instant receivedAt) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.action = Objects.requireNonNull(action, "action");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public String messageId() {
        return messageId;
    }

    public String action() {
        return action;
    }

    /** The CALL's payload (a copy; changing it changes nothing recorded). */
    public JsonObject payload() {
        return payload.deepCopy();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** Whether a CALLRESULT or CALLERROR went out for it. */
    public boolean answered() {
        return answered.get();
    }

    /** Sends the CALLRESULT {@code [3, id, payload]}. */
    public void reply(JsonObject resultPayload) {
        Objects.requireNonNull(resultPayload, "resultPayload");
        markAnswered();
        connection.sendResult(this, resultPayload);
    }

    /** Sends the CALLERROR {@code [4, id, code, description, {}]}. */
    public void replyError(String errorCode, String errorDescription) {
        replyError(errorCode, errorDescription, new JsonObject());
    }

    /** Sends the CALLERROR {@code [4, id, code, description, details]}. */
    public void replyError(String errorCode, String errorDescription, JsonObject errorDetails) {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(errorDescription, "errorDescription");
        Objects.requireNonNull(errorDetails, "errorDetails");
        markAnswered();
        connection.sendError(this, errorCode, errorDescription, errorDetails);
    }

    private void markAnswered() {
        if (!answered.compareAndSet(false, true)) {
            throw new IllegalStateException(action + " " + messageId + " was already answered");
        }
    }

    @Override
    public String toString() {
        return "[2,\"" + messageId + "\",\"" + action + "\"," + payload + "]";
    }
}
