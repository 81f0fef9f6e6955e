package org.ocppbridge.bridge.rpc;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The session's outgoing half: our CALLs, one outstanding at a time (Part 4 §4.1.1), the others waiting their
 * turn in order, each with its time-out from the moment it is sent. Each completes exactly once. Core thread only.
 */
final class OutgoingCalls {

    private final ScheduledExecutorService core;
    private final JsonSchemas schemas;
    private final Gson gson;
    private final Duration callTimeout;
    private final RpcObserver observer;
    private final Supplier<String> messageIds;
    private final FrameOut out;

    private final ArrayDeque<PendingCall<?>> waiting = new ArrayDeque<>();
    private PendingCall<?> outstanding;

    OutgoingCalls(
            ScheduledExecutorService core,
            JsonSchemas schemas,
            Gson gson,
            Duration callTimeout,
            RpcObserver observer,
            Supplier<String> messageIds,
            FrameOut out) {
        this.core = core;
        this.schemas = schemas;
        this.gson = gson;
        this.callTimeout = callTimeout;
        this.observer = observer;
        this.messageIds = messageIds;
        this.out = out;
    }

    /** Whether a CALL of ours waits for its answer or its turn. */
    boolean isBusy() {
        return outstanding != null || !waiting.isEmpty();
    }

    <Q, R> CompletableFuture<R> call(String action, Q request, Class<R> responseType) {
        CompletableFuture<R> future = new CompletableFuture<>();
        if (!out.attached()) {
            failNow(action, future, new CallFailedException(CallFailedException.Reason.NOT_CONNECTED, "not connected"));
            return future;
        }
        JsonObject payload = gson.toJsonTree(request).getAsJsonObject();
        List<SchemaViolation> violations = schemas.validate(action + "Request", payload.toString());
        if (!violations.isEmpty()) {
            // A bug in the bridge must never put an invalid frame on the wire.
            failNow(
                    action,
                    future,
                    new CallFailedException(
                            CallFailedException.Reason.INVALID_REQUEST,
                            action + "Request breaks its schema: " + violations));
            return future;
        }
        waiting.add(new PendingCall<>(action, payload, responseType, future));
        sendNext();
        return future;
    }

    /** The connection closed: every pending call fails with NOT_CONNECTED. */
    void failAll() {
        CallFailedException closed =
                new CallFailedException(CallFailedException.Reason.NOT_CONNECTED, "connection closed before an answer");
        if (outstanding != null) {
            PendingCall<?> call = outstanding;
            outstanding = null;
            call.fail(closed, observer);
        }
        while (!waiting.isEmpty()) {
            waiting.poll().fail(closed, observer);
        }
    }

    /** A CALLRESULT ({@code error} null) or CALLERROR from the CSMS. */
    void onAnswer(String messageId, CallResult result, CallError error) {
        PendingCall<?> call = outstanding;
        if (call == null || !call.messageId.equals(messageId)) {
            // Part 4 says nothing; like libocpp and mobilityhouse, an unmatched answer is logged and dropped.
            observer.frameDropped("answer for an unknown message id");
            return;
        }
        outstanding = null;
        call.cancelTimeout();
        if (error != null) {
            call.fail(
                    new CallFailedException(
                            CallFailedException.Reason.CALL_ERROR,
                            call.action + " answered with " + error.code(),
                            error),
                    observer);
        } else {
            call.complete(result.payload(), schemas, gson, observer);
        }
        sendNext();
    }

    /** Sends the next waiting CALL when none is outstanding and a connection is attached. */
    void sendNext() {
        if (outstanding != null || !out.attached() || waiting.isEmpty()) {
            return;
        }
        PendingCall<?> call = waiting.poll();
        call.messageId = messageIds.get();
        if (!out.send(new Call(call.messageId, call.action, call.payload))) {
            call.fail(
                    new CallFailedException(CallFailedException.Reason.NOT_CONNECTED, "connection refused the frame"),
                    observer);
            sendNext();
            return;
        }
        outstanding = call;
        call.timeout = core.schedule(() -> onTimeout(call), callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onTimeout(PendingCall<?> call) {
        if (outstanding != call) {
            return;
        }
        outstanding = null;
        call.fail(
                new CallFailedException(
                        CallFailedException.Reason.TIMED_OUT,
                        call.action + " got no answer within " + callTimeout.toSeconds() + " s"),
                observer);
        sendNext();
    }

    private <R> void failNow(String action, CompletableFuture<R> future, CallFailedException failure) {
        observer.callFailed(action, failure);
        future.completeExceptionally(failure);
    }
}
