package org.ocppbridge.bridge.rpc;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * The session's incoming half: the CSMS's CALLs, through the validation layers (known action → registration gate
 * → handler → JSON schema → record binding → the handler's checks) to one handler per action, and their answers,
 * now or once decided. While an answer is being decided the station's queued notifications are held (see
 * {@link #isAnswering}). Core thread only.
 */
final class IncomingCalls {

    private final ScheduledExecutorService core;
    private final JsonSchemas schemas;
    private final Gson gson;
    private final RpcObserver observer;
    private final Predicate<String> knownAction;
    private final FrameOut out;
    private final Map<String, ActionResponder<?, ?>> handlers = new HashMap<>();

    private IncomingCallGate gate = IncomingCallGate.OPEN;
    /** CSMS CALLs whose answer is still being decided, on the attached connection. */
    private int answering;
    /** Counts connections, so that an answer decided after its connection closed is not sent on the next one. */
    private long connection;

    private Runnable whenAnswered = () -> {};

    IncomingCalls(
            ScheduledExecutorService core,
            JsonSchemas schemas,
            Gson gson,
            RpcObserver observer,
            Predicate<String> knownAction,
            FrameOut out) {
        this.core = core;
        this.schemas = schemas;
        this.gson = gson;
        this.observer = observer;
        this.knownAction = knownAction;
        this.out = out;
    }

    void register(ActionResponder<?, ?> handler) {
        String action = handler.definition().action();
        if (handlers.putIfAbsent(action, handler) != null) {
            throw new IllegalStateException("two handlers for " + action);
        }
    }

    void setGate(IncomingCallGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    void setWhenAnswered(Runnable whenAnswered) {
        this.whenAnswered = Objects.requireNonNull(whenAnswered, "whenAnswered");
    }

    boolean isAnswering() {
        return answering > 0;
    }

    /** A connection opened or closed: answers still being decided belong to the one before. */
    void newConnection() {
        connection++;
        answering = 0;
    }

    void onCall(Call call) {
        String action = call.action();
        if (!knownAction.test(action)) {
            out.sendCallError(
                    CallError.of(call.messageId(), ErrorCode.NotImplemented, "Action is not an OCPP 2.0.1 action"));
            return;
        }
        // B03.FR.08 (TC_B_30_CS): while the boot is Rejected every CSMS CALL gets SecurityError, supported or not.
        var refusal = gate.refusal(action);
        if (refusal.isPresent()) {
            out.sendCallError(CallError.of(call.messageId(), ErrorCode.SecurityError, refusal.get()));
            return;
        }
        ActionResponder<?, ?> handler = handlers.get(action);
        if (handler == null) {
            out.sendCallError(CallError.of(
                    call.messageId(), ErrorCode.NotSupported, action + " is not supported by this station"));
            return;
        }
        dispatch(call, handler);
    }

    private <Q, R> void dispatch(Call call, ActionResponder<Q, R> handler) {
        ActionDefinition<Q, R> definition = handler.definition();
        int limit = handler.requestByteLimit();
        if (limit != Integer.MAX_VALUE && call.toJson().toString().getBytes(StandardCharsets.UTF_8).length > limit) {
            // B06.FR.17, B08.FR.18: longer than BytesPerMessage of this action.
            out.sendCallError(CallError.of(
                    call.messageId(),
                    ErrorCode.FormatViolation,
                    call.action() + " is longer than this station's BytesPerMessage of " + limit + " bytes"));
            return;
        }
        List<SchemaViolation> violations =
                schemas.validate(definition.requestSchema(), call.payload().toString());
        if (!violations.isEmpty()) {
            out.sendCallError(SchemaErrors.callErrorFor(call.messageId(), call.action(), violations));
            return;
        }
        Q request;
        try {
            request = gson.fromJson(call.payload(), definition.requestType());
        } catch (RuntimeException e) {
            // The schema passed but the record's own checks did not (a value outside what the bridge can hold).
            out.sendCallError(CallError.of(
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

    /** Sends the decided answer unless its connection is gone, then releases the held queue. */
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
                out.sendCallError(CallError.of(call.messageId(), callError.code(), callError.getMessage()));
            } else {
                observer.unexpectedError(call.action() + " handler", cause);
                out.sendCallError(CallError.of(
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
            out.sendCallError(
                    CallError.of(call.messageId(), ErrorCode.InternalError, call.action() + " could not be answered"));
            return;
        }
        if (out.send(new CallResult(call.messageId(), payload))) {
            try {
                reply.afterSent().run();
            } catch (RuntimeException e) {
                observer.unexpectedError(call.action() + " after reply", e);
            }
        }
    }
}
