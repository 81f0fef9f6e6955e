package org.ocppbridge.bridge.rpc;

import com.google.gson.Gson;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * The OCPP-J RPC session of one life: frames in, frames out. It reads each frame and hands it to one of its two
 * halves: {@link OutgoingCalls} (our CALLs, one outstanding at a time, their time-outs and answers) and
 * {@link IncomingCalls} (the CSMS's CALLs through the validation layers to their handlers, and the answers).
 *
 * <p>Not thread-safe by design: every method runs on the one protocol core thread that owns the session.
 */
public final class RpcSession {

    /** Where frames go; returns false when the connection cannot take them. */
    @FunctionalInterface
    public interface FrameSink {
        boolean send(String text);
    }

    private final RpcObserver observer;
    private final OutgoingCalls outgoing;
    private final IncomingCalls incoming;
    private FrameSink sink;

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
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(gson, "gson");
        Objects.requireNonNull(callTimeout, "callTimeout");
        this.observer = Objects.requireNonNull(observer, "observer");
        FrameOut out = new FrameOut() {
            @Override
            public boolean send(Frame frame) {
                FrameSink current = sink;
                return current != null && current.send(FrameCodec.encode(frame));
            }

            @Override
            public void sendCallError(CallError error) {
                RpcSession.this.sendCallError(error);
            }

            @Override
            public boolean attached() {
                return sink != null;
            }
        };
        this.outgoing = new OutgoingCalls(core, schemas, gson, callTimeout, observer, messageIds, out);
        this.incoming = new IncomingCalls(core, schemas, gson, observer, knownAction, out);
    }

    /** Adds the handler of one action; one handler per action, registered before the first connection. */
    public void register(ActionResponder<?, ?> handler) {
        incoming.register(handler);
    }

    /** Sets which incoming actions are allowed now (registration state). */
    public void setGate(IncomingCallGate gate) {
        incoming.setGate(gate);
    }

    /**
     * Runs (on the core thread) each time the last CSMS CALL being decided has been answered; the station's queued
     * notifications wait for it, as they must not overtake an answer.
     */
    public void setWhenAnswered(Runnable whenAnswered) {
        incoming.setWhenAnswered(whenAnswered);
    }

    /** Whether a CSMS CALL on this connection still waits for its answer to be decided. */
    public boolean isAnswering() {
        return incoming.isAnswering();
    }

    /** A connection opened: frames go to {@code sink} from now on. */
    public void attach(FrameSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        incoming.newConnection();
        outgoing.sendNext();
    }

    /** The connection closed: every pending call fails with NOT_CONNECTED; answers being decided are dropped. */
    public void detach() {
        sink = null;
        incoming.newConnection();
        outgoing.failAll();
    }

    /** Whether a connection is attached. */
    public boolean isAttached() {
        return sink != null;
    }

    /** Whether a CALL of ours waits for its answer or its turn. */
    public boolean isBusy() {
        return outgoing.isBusy();
    }

    /**
     * Sends a CALL when its turn comes. The future completes on the core thread with the bound response, or with
     * a {@link CallFailedException}.
     */
    public <Q, R> CompletableFuture<R> call(String action, Q request, Class<R> responseType) {
        return outgoing.call(action, request, responseType);
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
            incoming.onCall(call);
        } else if (frame instanceof CallResult result) {
            outgoing.onAnswer(result.messageId(), result, null);
        } else if (frame instanceof CallError error) {
            outgoing.onAnswer(error.messageId(), null, error);
        }
    }

    private void sendCallError(CallError error) {
        observer.callErrorSent(error);
        FrameSink current = sink;
        if (current != null) {
            current.send(FrameCodec.encode(error));
        }
    }
}
