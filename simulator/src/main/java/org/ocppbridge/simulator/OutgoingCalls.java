package org.ocppbridge.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The simulator's CALLs to one station and their answers. Each pending CALL completes exactly once: with the
 * station's answer, with a time-out, or when the connection closes.
 */
final class OutgoingCalls {

    /** A CALL just built: the frame to send and the future of its answer. */
    record Started(String frame, CompletableFuture<CallOutcome> outcome) {}

    private record Pending(
            String action, JsonObject request, CompletableFuture<CallOutcome> outcome, ScheduledFuture<?> timeout) {}

    private final SimulatorContext context;
    private final StationRegistration registration;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** CALLs sent with sendRaw, by id: their answers are matched and checked but nobody waits for them. */
    /** What {@link #noteRawCall} records for a raw frame with a readable id that is not a CALL. */
    private static final String NOT_A_CALL = "(not a CALL)";

    private final Map<String, String> rawCalls = new ConcurrentHashMap<>();
    /** CALLs whose wait ran out, by id: a late answer is not the station's fault (P4 leaves time-outs open). */
    private final Map<String, String> expiredCalls = new ConcurrentHashMap<>();

    OutgoingCalls(SimulatorContext context, StationRegistration registration) {
        this.context = context;
        this.registration = registration;
    }

    synchronized Started start(String action, JsonObject payload, Duration timeout) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
        if (!pending.isEmpty()) {
            throw new IllegalStateException("P4 §4.1.1: the simulator's "
                    + pending.values().iterator().next().action() + " CALL is still unanswered");
        }
        String id = context.messageIds().get();
        CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
        ScheduledFuture<?> timer = context.scheduler()
                .schedule(() -> expire(id, action, timeout), timeout.toMillis(), TimeUnit.MILLISECONDS);
        pending.put(id, new Pending(action, payload.deepCopy(), outcome, timer));
        JsonArray frame = new JsonArray();
        frame.add(StationFrame.CALL);
        frame.add(id);
        frame.add(action);
        frame.add(payload);
        return new Started(frame.toString(), outcome);
    }

    /** Remembers the id and action of a raw text that is a well-formed CALL, so its answer can be checked. */
    void noteRawCall(String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            if (root.isJsonArray() && root.getAsJsonArray().size() >= 2) {
                JsonArray array = root.getAsJsonArray();
                // Any frame with a readable id may be answered with it (P4 §4.4: [99,"id"] too); a frame that is
                // not a CALL has no action whose response schema would apply.
                if (isString(array.get(1))) {
                    boolean call = array.size() == 4 && isString(array.get(2));
                    rawCalls.put(array.get(1).getAsString(), call ? array.get(2).getAsString() : NOT_A_CALL);
                }
            }
        } catch (JsonParseException e) {
            // Not JSON at all, which is what a malformed-frame test sends: there is no answer to match.
            return;
        }
    }

    /** A CALLRESULT or CALLERROR from the station. */
    void onAnswer(StationFrame answer, Instant at, Consumer<String> violation) {
        Pending call = pending.remove(answer.messageId());
        String action = call != null ? call.action() : rawCalls.remove(answer.messageId());
        if (action == null) {
            action = expiredCalls.remove(answer.messageId());
        }
        if (action == null) {
            // P4 §4.2.3: an answer to a frame whose id could not be read carries "-1".
            if (!(answer.type() == StationFrame.CALLERROR && "-1".equals(answer.messageId()))) {
                violation.accept("P4 §4.1.4: answer with message id " + ErrorCodes.shorten(answer.messageId())
                        + " matches no CALL of the CSMS");
            }
            return;
        }
        CallOutcome outcome;
        if (answer.type() == StationFrame.CALLRESULT && action.equals(NOT_A_CALL)) {
            violation.accept("P4 §4.4: a CALLRESULT answers a frame that was not a CALL (id "
                    + ErrorCodes.shorten(answer.messageId()) + ")");
            outcome = new CallOutcome.Result(answer.messageId(), answer.payload(), at);
        } else if (answer.type() == StationFrame.CALLRESULT) {
            StationCallRules.PayloadCheck.validate(context.schemas(), action + "Response", answer.payload(), violation);
            outcome = new CallOutcome.Result(answer.messageId(), answer.payload(), at);
            if (call != null) {
                notePendingPermission(action, call.request(), answer.payload());
            }
        } else {
            outcome = new CallOutcome.Error(
                    answer.messageId(), answer.errorCode(), answer.errorDescription(), answer.payload(), at);
        }
        if (call != null) {
            call.timeout().cancel(false);
            call.outcome().complete(outcome);
        }
    }

    /** Completes every pending CALL with a failure. */
    void failAll(String reason) {
        for (String id : pending.keySet()) {
            Pending call = pending.remove(id);
            if (call != null) {
                call.timeout().cancel(false);
                call.outcome().completeExceptionally(new IllegalStateException(reason));
            }
        }
    }

    private void expire(String id, String action, Duration timeout) {
        Pending call = pending.remove(id);
        if (call != null) {
            expiredCalls.put(id, action);
            call.outcome().completeExceptionally(new TimeoutException("no answer to " + action + " within " + timeout));
        }
    }

    /**
     * While Pending, the station may send what the CSMS asked for (TC_B_02): the message a TriggerMessage
     * requested, NotifyReport after Get(Base)Report, NotifyMonitoringReport after GetMonitoringReport.
     */
    private void notePendingPermission(String action, JsonObject request, JsonObject response) {
        if (!"Accepted".equals(StationCallRules.stringField(response, "status"))) {
            return;
        }
        switch (action) {
            case "TriggerMessage" -> {
                String requested = StationCallRules.stringField(request, "requestedMessage");
                if (requested != null) {
                    registration.allowWhilePending(requested);
                }
            }
            case "GetBaseReport", "GetReport" -> registration.allowWhilePending("NotifyReport");
            case "GetMonitoringReport" -> registration.allowWhilePending("NotifyMonitoringReport");
            default -> {}
        }
    }

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }
}
