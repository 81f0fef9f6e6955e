package org.ocppbridge.bridge.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.mappings.ocpp.BootNotificationRequest;
import org.ocppbridge.mappings.ocpp.BootNotificationResponse;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.mappings.ocpp.ChargingStationType;
import org.ocppbridge.mappings.ocpp.HeartbeatRequest;
import org.ocppbridge.mappings.ocpp.HeartbeatResponse;
import org.ocppbridge.mappings.ocpp.RegistrationStatusEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetResponse;
import org.ocppbridge.schemas.JsonSchemas;

class RpcSessionTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final BootNotificationRequest BOOT = new BootNotificationRequest(
            new ChargingStationType(null, "M1", null, "V1", "1.0"), BootReasonEnumType.PowerUp);

    private final VirtualScheduler core = new VirtualScheduler();
    private final List<String> sent = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private RpcSession session;

    @BeforeEach
    void attach() {
        session = new RpcSession(core, SCHEMAS, OcppGson.create(), Duration.ofSeconds(30), new RpcObserver() {
            @Override
            public void frameDropped(String why) {
                dropped.add(why);
            }
        });
        session.attach(sent::add);
    }

    private JsonArray lastSent() {
        return JsonParser.parseString(sent.get(sent.size() - 1)).getAsJsonArray();
    }

    @Test
    void call_goes_out_as_a_CALL_and_completes_with_the_bound_response() throws Exception {
        CompletableFuture<BootNotificationResponse> response =
                session.call("BootNotification", BOOT, BootNotificationResponse.class);
        JsonArray call = lastSent();
        assertEquals(2, call.get(0).getAsInt());
        assertEquals(36, call.get(1).getAsString().length(), "a UUID message id");
        assertEquals("BootNotification", call.get(2).getAsString());
        assertEquals("PowerUp", call.get(3).getAsJsonObject().get("reason").getAsString());

        session.onText("[3,\"" + call.get(1).getAsString()
                + "\",{\"currentTime\":\"2026-01-01T00:00:00Z\",\"interval\":300,\"status\":\"Accepted\"}]");

        BootNotificationResponse result = response.get();
        assertEquals(RegistrationStatusEnumType.Accepted, result.status());
        assertEquals(300, result.interval());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), result.currentTime());
    }

    @Test
    void only_one_CALL_is_outstanding_the_next_waits_for_the_answer() {
        session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        CompletableFuture<HeartbeatResponse> second =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        assertEquals(1, sent.size(), "the second waits");

        session.onText("[3,\"" + lastSent().get(1).getAsString() + "\",{\"currentTime\":\"2026-01-01T00:00:00Z\"}]");

        assertEquals(2, sent.size(), "the second leaves after the first's answer");
        assertFalse(second.isDone());
    }

    @Test
    void a_call_without_answer_times_out_and_the_session_goes_on() {
        CompletableFuture<HeartbeatResponse> first =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);

        core.advanceBy(Duration.ofSeconds(29));
        assertFalse(first.isDone());
        core.advanceBy(Duration.ofSeconds(1));

        assertEquals(CallFailedException.Reason.TIMED_OUT, failure(first).reason());
        assertEquals(2, sent.size(), "the next call was sent after the time-out");
    }

    @Test
    void a_late_answer_after_the_time_out_is_dropped() {
        CompletableFuture<HeartbeatResponse> first =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        String id = lastSent().get(1).getAsString();
        core.advanceBy(Duration.ofSeconds(30));
        session.onText("[3,\"" + id + "\",{\"currentTime\":\"2026-01-01T00:00:00Z\"}]");
        assertEquals(CallFailedException.Reason.TIMED_OUT, failure(first).reason());
        assertEquals(1, dropped.size());
    }

    @Test
    void a_CALLERROR_answer_completes_the_call_with_that_error() {
        CompletableFuture<HeartbeatResponse> call =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        session.onText("[4,\"" + lastSent().get(1).getAsString() + "\",\"InternalError\",\"oops\",{}]");
        CallFailedException failure = failure(call);
        assertEquals(CallFailedException.Reason.CALL_ERROR, failure.reason());
        assertEquals(ErrorCode.InternalError, failure.callError().code());
    }

    @Test
    void a_CALLRESULT_that_breaks_the_response_schema_fails_the_call_and_is_not_answered() {
        CompletableFuture<HeartbeatResponse> call =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        session.onText("[3,\"" + lastSent().get(1).getAsString() + "\",{\"currentTime\":42}]");
        assertEquals(CallFailedException.Reason.INVALID_RESPONSE, failure(call).reason());
        assertEquals(1, sent.size(), "no CALLERROR for a CALLRESULT");
    }

    @Test
    void an_answer_with_an_unknown_id_is_logged_and_dropped() {
        session.onText("[3,\"nobody\",{}]");
        session.onText("[4,\"nobody\",\"GenericError\",\"\",{}]");
        assertEquals(List.of(), sent);
        assertEquals(2, dropped.size());
    }

    @Test
    void a_request_that_breaks_its_own_schema_never_reaches_the_wire() {
        // A JSON object the schema refuses: built by hand to get past the record's own checks.
        CompletableFuture<Object> call = session.call(
                "SecurityEventNotification",
                JsonParser.parseString("{\"type\":\"" + "x".repeat(51) + "\",\"timestamp\":\"2026-01-01T00:00:00Z\"}"),
                Object.class);
        assertEquals(CallFailedException.Reason.INVALID_REQUEST, failure(call).reason());
        assertEquals(List.of(), sent);
    }

    @Test
    void detach_fails_the_outstanding_and_the_waiting_calls() {
        CompletableFuture<HeartbeatResponse> first =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        CompletableFuture<HeartbeatResponse> second =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        session.detach();
        assertEquals(CallFailedException.Reason.NOT_CONNECTED, failure(first).reason());
        assertEquals(CallFailedException.Reason.NOT_CONNECTED, failure(second).reason());
        assertEquals(0, core.pendingTasks(), "the time-out was cancelled");
    }

    @Test
    void message_ids_never_repeat_across_connections() {
        session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        String first = lastSent().get(1).getAsString();
        session.detach();
        session.attach(sent::add);
        session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        assertFalse(first.equals(lastSent().get(1).getAsString()));
    }

    @Test
    void the_response_leaves_before_the_work_the_handler_starts_after_it() {
        List<String> order = new ArrayList<>();
        session.detach();
        session.attach(text -> {
            order.add("sent " + text.substring(0, 2));
            return true;
        });
        session.register(new ActionHandler<ResetRequest, ResetResponse>() {
            @Override
            public ActionDefinition<ResetRequest, ResetResponse> definition() {
                return new ActionDefinition<>("Reset", ResetRequest.class, ResetResponse.class);
            }

            @Override
            public Reply<ResetResponse> handle(ResetRequest request) {
                return Reply.then(ResetResponse.accepted(), () -> order.add("reset"));
            }
        });
        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]");
        assertEquals(List.of("sent [3", "reset"), order);
    }

    /** A Reset handler whose answer the test decides later, as a charger system on a socket does. */
    private CompletableFuture<Reply<ResetResponse>> deferredReset(List<String> order) {
        CompletableFuture<Reply<ResetResponse>> decision = new CompletableFuture<>();
        session.register(new ActionResponder<ResetRequest, ResetResponse>() {
            @Override
            public ActionDefinition<ResetRequest, ResetResponse> definition() {
                return new ActionDefinition<>("Reset", ResetRequest.class, ResetResponse.class);
            }

            @Override
            public CompletionStage<Reply<ResetResponse>> respond(ResetRequest request) {
                order.add("asked");
                return decision;
            }
        });
        return decision;
    }

    @Test
    void a_deferred_answer_leaves_from_the_core_thread_once_decided_then_its_work_then_the_held_queue() {
        List<String> order = new ArrayList<>();
        CompletableFuture<Reply<ResetResponse>> decision = deferredReset(order);
        session.setWhenAnswered(() -> order.add("queue released"));

        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]");
        core.runUntilIdle();
        assertEquals(List.of("asked"), order);
        assertTrue(sent.isEmpty(), "no answer before the decision: " + sent);
        assertTrue(session.isAnswering(), "the queue is held while the CALL is unanswered");

        decision.complete(Reply.then(ResetResponse.accepted(), () -> order.add("reset")));
        assertTrue(sent.isEmpty(), "the answer waits for the core thread");
        core.runUntilIdle();
        assertEquals("[3,\"m1\",{\"status\":\"Accepted\"}]", sent.get(0));
        assertEquals(List.of("asked", "reset", "queue released"), order);
        assertFalse(session.isAnswering());
    }

    @Test
    void while_an_answer_is_being_decided_an_outgoing_CALL_still_times_out_on_time() {
        deferredReset(new ArrayList<>());
        CompletableFuture<HeartbeatResponse> heartbeat =
                session.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class);
        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]");

        core.advanceBy(Duration.ofSeconds(30).minusMillis(1));
        assertFalse(heartbeat.isDone());
        core.advanceBy(Duration.ofMillis(1));
        assertEquals(CallFailedException.Reason.TIMED_OUT, failure(heartbeat).reason());
        assertTrue(session.isAnswering(), "the Reset is still being decided");
    }

    @Test
    void a_deferred_refusal_by_CALLERROR_is_sent_as_that_CALLERROR() {
        CompletableFuture<Reply<ResetResponse>> decision = deferredReset(new ArrayList<>());
        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]");
        decision.completeExceptionally(new CallErrorException(ErrorCode.PropertyConstraintViolation, "no"));
        core.runUntilIdle();
        assertEquals(4, lastSent().get(0).getAsInt());
        assertEquals("PropertyConstraintViolation", lastSent().get(2).getAsString());
        assertFalse(session.isAnswering());
    }

    @Test
    void an_answer_decided_after_its_connection_closed_is_not_sent_on_the_next_one() {
        CompletableFuture<Reply<ResetResponse>> decision = deferredReset(new ArrayList<>());
        session.onText("[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]");
        session.detach();
        List<String> next = new ArrayList<>();
        session.attach(next::add);
        assertFalse(session.isAnswering(), "a new connection holds nothing");

        decision.complete(Reply.of(ResetResponse.accepted()));
        core.runUntilIdle();
        assertTrue(next.isEmpty(), "never on the next connection: " + next);
        assertTrue(dropped.stream().anyMatch(why -> why.contains("Reset")), dropped.toString());
    }

    private static CallFailedException failure(CompletableFuture<?> future) {
        assertTrue(future.isCompletedExceptionally(), "failed");
        try {
            future.get();
            throw new AssertionError("no failure");
        } catch (ExecutionException e) {
            return assertInstanceOf(CallFailedException.class, e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
