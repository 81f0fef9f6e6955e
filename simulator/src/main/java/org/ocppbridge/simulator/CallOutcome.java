package org.ocppbridge.simulator;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Objects;

/** The station's answer to a CALL the simulator sent: a CALLRESULT or a CALLERROR. */
public sealed interface CallOutcome {

    String messageId();

    Instant receivedAt();

    /** The CALLRESULT payload; an AssertionError naming the error when the station answered with a CALLERROR. */
    JsonObject payload();

    /** A CALLRESULT (message type 3). */
    record Result(String messageId, JsonObject payload, Instant receivedAt) implements CallOutcome {
        public Result {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** A CALLERROR (message type 4). */
    record Error(String messageId, String code, String description, JsonObject details, Instant receivedAt)
            implements CallOutcome {
        public Error {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }

        @Override
        public JsonObject payload() {
            throw new AssertionError(
                    "expected a CALLRESULT but the station answered CALLERROR " + code + " \"" + description + "\"");
        }
    }

    /** This outcome as a CALLERROR; an AssertionError when it is a CALLRESULT. */
    default Error error() {
        if (this instanceof Error error) {
            return error;
        }
        throw new AssertionError("expected a CALLERROR but the station answered CALLRESULT " + payload());
    }

    default boolean isError() {
        return this instanceof Error;
    }
}
