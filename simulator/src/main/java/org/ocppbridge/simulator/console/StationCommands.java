package org.ocppbridge.simulator.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.StationConnection;

/**
 * Sends what the console's forms and raw box ask for to a station's open connection, through the recorder's own
 * {@code sendCall} and {@code sendRaw}, and returns the station's answer. Refusals are {@link Refused} with the
 * HTTP status the page gets; nothing here throws anything else at the page.
 */
final class StationCommands {

    /** Part 4 leaves the CSMS's wait to the CSMS; the simulator's stations get 30 s, as the bridge does. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** A malformed frame is answered at once by any station that answers it at all. */
    static final Duration RAW_ANSWER = Duration.ofSeconds(10);
    /** Part 4 puts no limit on a frame; the raw box is for hand-made frames, which are small. */
    static final int MAX_RAW = 64 * 1024;

    /** A request the console will not carry out, with its HTTP status and the reason for the page. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final CsmsSimulator csms;
    private final CommandForms forms;
    private final ConformanceRuns runs;
    private final Object rawLock = new Object();

    StationCommands(CsmsSimulator csms, CommandForms forms, ConformanceRuns runs) {
        this.csms = csms;
        this.forms = forms;
        this.runs = runs;
    }

    /** {@code {station, action, fields}} → the request sent and the answer. */
    JsonObject call(JsonObject body) throws Refused, FormErrors {
        StationConnection connection = open(body);
        String action = text(body, "action");
        JsonObject fields = body.has("fields") && body.get("fields").isJsonObject()
                ? body.getAsJsonObject("fields")
                : new JsonObject();
        JsonObject payload = forms.payload(action, fields);
        CompletableFuture<CallOutcome> pending;
        try {
            pending = connection.sendCall(action, payload, CALL_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new Refused(409, "the station has not answered the last CALL yet, or its connection closed");
        }
        JsonObject result = new JsonObject();
        result.addProperty("action", action);
        result.add("request", payload);
        try {
            result.add("answer", answer(pending.get(CALL_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Refused(
                    504,
                    cause instanceof TimeoutException
                            ? "no answer within " + CALL_TIMEOUT.toSeconds() + " s"
                            : "no answer: the connection closed");
        } catch (TimeoutException e) {
            throw new Refused(504, "no answer within " + CALL_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "the console is closing");
        }
        return result;
    }

    /** {@code {station, text}} → the text is sent as it is; the answer is the station's next CALLRESULT/CALLERROR. */
    JsonObject raw(JsonObject body) throws Refused, FormErrors {
        StationConnection connection = open(body);
        JsonElement element = body.get("text");
        if (element == null
                || !element.isJsonPrimitive()
                || element.getAsString().isEmpty()) {
            throw FormErrors.of("text", "required: the frame to send, as it should go on the wire");
        }
        String text = element.getAsString();
        if (text.length() > MAX_RAW) {
            throw FormErrors.of("text", "at most " + MAX_RAW + " characters");
        }
        JsonObject result = new JsonObject();
        result.addProperty("sent", text);
        synchronized (rawLock) {
            try {
                connection.sendRaw(text);
            } catch (IllegalStateException e) {
                throw new Refused(409, "the station's connection closed");
            }
            Frame answer = awaitAnswer(connection);
            result.addProperty("answer", answer.text());
            result.addProperty("type", typeOf(answer.text()) == 4 ? "CALLERROR" : "CALLRESULT");
        }
        return result;
    }

    /** The station's next CALLRESULT or CALLERROR; its own CALLs meanwhile are skipped (the timeline has them). */
    private static Frame awaitAnswer(StationConnection connection) throws Refused {
        long deadline = System.nanoTime() + RAW_ANSWER.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new Refused(504, "no CALLRESULT or CALLERROR within " + RAW_ANSWER.toSeconds() + " s");
            }
            Frame frame;
            try {
                frame = connection.expectRaw(left);
            } catch (AssertionError e) {
                throw new Refused(504, "no CALLRESULT or CALLERROR within " + RAW_ANSWER.toSeconds() + " s");
            }
            int type = typeOf(frame.text());
            if (type == 3 || type == 4) {
                return frame;
            }
        }
    }

    private static int typeOf(String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            if (root.isJsonArray()
                    && !root.getAsJsonArray().isEmpty()
                    && root.getAsJsonArray().get(0).isJsonPrimitive()
                    && root.getAsJsonArray().get(0).getAsJsonPrimitive().isNumber()) {
                return root.getAsJsonArray().get(0).getAsInt();
            }
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private StationConnection open(JsonObject body) throws Refused {
        if (runs.listening()) {
            throw new Refused(409, "a conformance run in listen mode drives the station; wait for its end");
        }
        String station = text(body, "station");
        List<StationConnection> all = csms.connections();
        for (int i = all.size() - 1; i >= 0; i--) {
            StationConnection connection = all.get(i);
            if (connection.stationId().equals(station) && connection.isOpen()) {
                return connection;
            }
        }
        throw new Refused(409, "station " + clip(station) + " is not connected");
    }

    private static JsonObject answer(CallOutcome outcome) {
        JsonObject json = new JsonObject();
        if (outcome instanceof CallOutcome.Error error) {
            json.addProperty("type", "CALLERROR");
            json.addProperty("code", error.code());
            json.addProperty("description", error.description());
            json.add("details", error.details());
            json.addProperty("messageId", error.messageId());
        } else {
            json.addProperty("type", "CALLRESULT");
            json.addProperty("messageId", outcome.messageId());
            json.add("payload", outcome.payload());
        }
        return json;
    }

    private static String text(JsonObject body, String name) {
        JsonElement element = body.get(name);
        return element != null && element.isJsonPrimitive() ? element.getAsString() : "";
    }

    private static String clip(String text) {
        return text.length() <= 48 ? text : text.substring(0, 48) + "…";
    }
}
