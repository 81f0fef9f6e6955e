package org.ocppbridge.bridge.rpc;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The OCPP-J RPC session: frames in, frames out, one outgoing CALL outstanding at a time (Part 4 §4.1.1), call
 * time-outs, and the dispatch of incoming CALLs to their handlers through the validation layers (frame shape →
 * JSON schema → record binding → the handler's semantic checks).
 *
 * <p>Not thread-safe by design: every method runs on the one protocol core thread that owns the session.
 */
public final class RpcSession {

    /** Where frames go; returns false when the connection cannot take them. */
    @FunctionalInterface
    public interface FrameSink {
        boolean send(String text);
    }

    private final ScheduledExecutorService core;
    private final JsonSchemas schemas;
    private final Gson gson;
    private final Map<String, ActionResponder<?, ?>> handlers = new HashMap<>();
    private final Duration callTimeout;
    private final RpcObserver observer;
    private final Supplier<String> messageIds;
    private final Predicate<String> knownAction;

    private final ArrayDeque<PendingCall<?>> waiting = new ArrayDeque<>();
    private FrameSink sink;
    private PendingCall<?> outstanding;
    private IncomingCallGate gate = IncomingCallGate.OPEN;
    /** CSMS CALLs whose answer is still being decided, on the attached connection. */
    private int answering;
    /** Counts attachments, so that an answer decided after its connection closed is not sent on the next one. */
    private long connection;

    private Runnable whenAnswered = () -> {};

    public RpcSession(
            ScheduledExecutorService core, JsonSchemas schemas, Gson gson, Duration callTimeout, RpcObserver observer) {
        // ER §4.2: ids must never repeat on any connection of this identity; random UUIDs are 36 characters.
        this(core, schemas, gson, callTimeout, observer, () -> UUID.randomUUID().toString(), OcppActions::isOcpp201);
    }

    RpcSession(
            ScheduledExecutorService core,
            JsonSchemas schemas,
            Gson gson,
            Duration callTimeout,
            RpcObserver observer,
            Supplier<String> messageIds,
            Predicate<String> knownAction) {
        this.core = Objects.requireNonNull(core, "core");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.gson = Objects.requireNonNull(gson, "gson");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.messageIds = messageIds;
        this.knownAction = knownAction;
    }

    /** Adds the handler of one action; one handler per action, registered before the first connection. */
    public void register(ActionResponder<?, ?> handler) {
        String action = handler.definition().action();
        if (handlers.putIfAbsent(action, handler) != null) {
            throw new IllegalStateException("two handlers for " + action);
        }
    }

    /** Sets which incoming actions are allowed now (registration state). */
    public void setGate(IncomingCallGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /**
     * Runs (on the core thread) each time the last CSMS CALL being decided has been answered; the station's queued
     * notifications wait for it, as they must not overtake an answer.
     */
    public void setWhenAnswered(Runnable whenAnswered) {
        this.whenAnswered = Objects.requireNonNull(whenAnswered, "whenAnswered");
    }

    /** Whether a CSMS CALL on this connection still waits for its answer to be decided. */
    public boolean isAnswering() {
        return answering > 0;
    }

    /** A connection opened: frames go to {@code sink} from now on. */
    public void attach(FrameSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        connection++;
        answering = 0;
        sendNext();
    }

    /** The connection closed: every pending call fails with NOT_CONNECTED. */
    public void detach() {
        sink = null;
        connection++;
        answering = 0;
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

    /** Whether a connection is attached. */
    public boolean isAttached() {
        return sink != null;
    }

    /** Whether a CALL of ours waits for its answer or its turn. */
    public boolean isBusy() {
        return outstanding != null || !waiting.isEmpty();
    }

    /**
     * Sends a CALL when its turn comes. The future completes on the core thread with the bound response, or with
     * a {@link CallFailedException}.
     */
    public <Q, R> CompletableFuture<R> call(String action, Q request, Class<R> responseType) {
        CompletableFuture<R> future = new CompletableFuture<>();
        if (sink == null) {
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

    /** Handles one text frame from the CSMS. */
    public void onText(String text) {
        try {
            Decoded decoded = FrameCodec.decode(text);
            if (decoded instanceof Decoded.Valid valid) {
                onFrame(valid.frame());
            } else if (decoded instanceof Decoded.Invalid invalid) {
                sendCallError(invalid.reply());
            } else if (decoded instanceof Decoded.Ignored ignored) {
                observer.frameDropped(ignored.why());
            }
        } catch (RuntimeException e) {
            observer.unexpectedError("incoming frame", e);
        }
    }

    private void onFrame(Frame frame) {
        if (frame instanceof Call call) {
            onCall(call);
        } else if (frame instanceof CallResult result) {
            onAnswer(result.messageId(), result, null);
        } else if (frame instanceof CallError error) {
            onAnswer(error.messageId(), null, error);
        }
    }

    private void onCall(Call call) {
        String action = call.action();
        if (!knownAction.test(action)) {
            sendCallError(
                    CallError.of(call.messageId(), ErrorCode.NotImplemented, "Action is not an OCPP 2.0.1 action"));
            return;
        }
        // B03.FR.08 (TC_B_30_CS): while the boot is Rejected every CSMS CALL gets SecurityError, supported or not.
        var refusal = gate.refusal(action);
        if (refusal.isPresent()) {
            sendCallError(CallError.of(call.messageId(), ErrorCode.SecurityError, refusal.get()));
            return;
        }
        ActionResponder<?, ?> handler = handlers.get(action);
        if (handler == null) {
            sendCallError(CallError.of(
                    call.messageId(), ErrorCode.NotSupported, action + " is not supported by this station"));
            return;
        }
        dispatch(call, handler);
    }

    private <Q, R> void dispatch(Call call, ActionResponder<Q, R> handler) {
        ActionDefinition<Q, R> definition = handler.definition();
        List<SchemaViolation> violations =
                schemas.validate(definition.requestSchema(), call.payload().toString());
        if (!violations.isEmpty()) {
            sendCallError(SchemaErrors.callErrorFor(call.messageId(), call.action(), violations));
            return;
        }
        Q request;
        try {
            request = gson.fromJson(call.payload(), definition.requestType());
        } catch (RuntimeException e) {
            // The schema passed but the record's own checks did not (a value outside what the bridge can hold).
            sendCallError(CallError.of(
                    call.messageId(),
                    ErrorCode.PropertyConstraintViolation,
                    definition.requestSchema() + " has a value out of range"));
            return;
        }
        CompletableFuture<Reply<R>> decided;
        try {
            decided = handler.respond(request).toCompletableFuture();
        } catch (RuntimeException e) {
            decided = CompletableFuture.failedFuture(e);
        }
        long on = connection;
        answering++;
        if (decided.isDone()) {
            // Answered at once: in the same core task, before the next frame is read.
            answer(call, definition, decided, on);
        } else {
            CompletableFuture<Reply<R>> later = decided;
            // The stage completes on the system's thread; the answer goes out from the core thread.
            later.whenCompleteAsync((reply, failure) -> answer(call, definition, later, on), core);
        }
    }

    /** Sends the decided answer (core thread) unless its connection is gone, then releases the held queue. */
    private <Q, R> void answer(
            Call call, ActionDefinition<Q, R> definition, CompletableFuture<Reply<R>> decided, long on) {
        if (on != connection) {
            observer.frameDropped("the answer to " + call.action() + " was decided after its connection closed");
            return;
        }
        try {
            send(call, definition, decided);
        } finally {
            answering--;
            if (answering == 0) {
                whenAnswered.run();
            }
        }
    }

    private <Q, R> void send(Call call, ActionDefinition<Q, R> definition, CompletableFuture<Reply<R>> decided) {
        Reply<R> reply;
        try {
            reply = decided.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CallErrorException callError) {
                sendCallError(CallError.of(call.messageId(), callError.code(), callError.getMessage()));
            } else {
                observer.unexpectedError(call.action() + " handler", cause);
                sendCallError(CallError.of(
                        call.messageId(), ErrorCode.InternalError, call.action() + " could not be processed"));
            }
            return;
        }
        JsonObject payload = gson.toJsonTree(reply.response()).getAsJsonObject();
        List<SchemaViolation> outgoing = schemas.validate(definition.responseSchema(), payload.toString());
        if (!outgoing.isEmpty()) {
            observer.unexpectedError(
                    call.action() + " handler",
                    new IllegalStateException(definition.responseSchema() + " breaks its schema: " + outgoing));
            sendCallError(
                    CallError.of(call.messageId(), ErrorCode.InternalError, call.action() + " could not be answered"));
            return;
        }
        if (send(new CallResult(call.messageId(), payload))) {
            try {
                reply.afterSent().run();
            } catch (RuntimeException e) {
                observer.unexpectedError(call.action() + " after reply", e);
            }
        }
    }

    private void onAnswer(String messageId, CallResult result, CallError error) {
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

    private void sendNext() {
        if (outstanding != null || sink == null || waiting.isEmpty()) {
            return;
        }
        PendingCall<?> call = waiting.poll();
        call.messageId = messageIds.get();
        if (!send(new Call(call.messageId, call.action, call.payload))) {
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

    private void sendCallError(CallError error) {
        observer.callErrorSent(error);
        send(error);
    }

    private boolean send(Frame frame) {
        FrameSink current = sink;
        return current != null && current.send(FrameCodec.encode(frame));
    }

    private <R> void failNow(String action, CompletableFuture<R> future, CallFailedException failure) {
        observer.callFailed(action, failure);
        future.completeExceptionally(failure);
    }
}
