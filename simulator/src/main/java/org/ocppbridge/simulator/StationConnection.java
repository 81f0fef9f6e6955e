package org.ocppbridge.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One station's WebSocket connection to the simulator, recorded like OkHttp's {@code WebSocketRecorder}: every frame
 * in and out with its time, every rule the station broke, and bounded waits for what the station sends next.
 *
 * <p>Every frame from the station is checked: OCPP-J shape, message ids, one outstanding CALL, BootNotification
 * first, and its payload against the project's JSON schemas. Broken rules land in {@link #violations()}; a test
 * of a correct station ends with {@link #assertNoViolations()}.
 *
 * <p>Thread-safe: frames arrive on the server's worker thread, the test calls from its own.
 */
public final class StationConnection {

    /** The connection's socket, as the server gives it. */
    interface Wire {
        void send(String text);

        void close(int code, String reason);

        void drop();

        /** The client certificate the station presented in the TLS handshake (security profile 3). */
        default Optional<java.security.cert.X509Certificate> clientCertificate() {
            return Optional.empty();
        }
    }

    private static final int FRAMES_IN_A_FAILURE = 20;
    private static final int MAX_FRAME_IN_A_VIOLATION = 500;

    private final String stationId;
    private final HandshakeAttempt handshake;
    private final Wire wire;
    private final StationRegistration registration;
    private final SimulatorContext context;
    private final StationCallRules rules;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final List<ProtocolViolation> violations = new CopyOnWriteArrayList<>();
    private final BlockingQueue<IncomingCall> calls = new LinkedBlockingQueue<>();
    private final BlockingQueue<Frame> rawInbox = new LinkedBlockingQueue<>();
    private final Map<String, Function<JsonObject, JsonObject>> autoReplies = new ConcurrentHashMap<>();
    private final Set<String> ignoredActions = ConcurrentHashMap.newKeySet();
    private final OutgoingCalls outgoing;
    private final CompletableFuture<CloseInfo> closed = new CompletableFuture<>();
    /** When each WebSocket ping of the station arrived (Part 4 §8.4 WebSocketPingInterval). */
    private final BlockingQueue<java.time.Instant> pings = new LinkedBlockingQueue<>();

    StationConnection(
            String stationId,
            HandshakeAttempt handshake,
            Wire wire,
            StationRegistration registration,
            SimulatorContext context,
            Map<String, Function<JsonObject, JsonObject>> initialAutoReplies,
            Set<String> initialIgnoredActions) {
        this.stationId = Objects.requireNonNull(stationId, "stationId");
        this.handshake = Objects.requireNonNull(handshake, "handshake");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.registration = Objects.requireNonNull(registration, "registration");
        this.context = Objects.requireNonNull(context, "context");
        this.rules = new StationCallRules(registration, context);
        this.outgoing = new OutgoingCalls(context, registration);
        this.autoReplies.putAll(initialAutoReplies);
        this.ignoredActions.addAll(initialIgnoredActions);
    }

    // ---- what the test reads ----

    /** The station identity from the last path segment of the URL, percent-decoded. */
    public String stationId() {
        return stationId;
    }

    /** The upgrade request that opened this connection. */
    public HandshakeAttempt handshake() {
        return handshake;
    }

    /** The TLS client certificate this connection was opened with; empty without mutual TLS. */
    public Optional<java.security.cert.X509Certificate> clientCertificate() {
        return wire.clientCertificate();
    }

    /** Every text frame in both directions so far, in order. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** Every rule the station broke so far, in order. */
    public List<ProtocolViolation> violations() {
        return List.copyOf(violations);
    }

    /** Fails, listing them, when the station broke any rule. */
    public void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("station " + stationId + " broke " + violations.size() + " rule(s):\n"
                    + violations.stream().map(ProtocolViolation::toString).collect(Collectors.joining("\n")));
        }
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    // ---- CALLs from the station ----

    /** Answers every CALL of this action at once with the function's payload; the CALL is still recorded. */
    public StationConnection autoReply(String action, Function<JsonObject, JsonObject> reply) {
        autoReplies.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(reply, "reply"));
        return this;
    }

    /** Stops answering CALLs of this action by itself. */
    public StationConnection stopAutoReply(String action) {
        autoReplies.remove(action);
        return this;
    }

    /**
     * CALLs of these actions are still checked, recorded in {@link #frames()} and auto-replied, but
     * {@link #expectCall} and {@link #assertNoMoreCalls} skip them (e.g. Heartbeat, StatusNotification). Without an
     * auto-reply such a CALL stays unanswered.
     */
    public StationConnection ignoreCalls(String... actions) {
        ignoredActions.addAll(List.of(actions));
        return this;
    }

    /** {@link #expectCall(String, Duration)} with the simulator's default wait. */
    public IncomingCall expectCall(String action) {
        return expectCall(action, context.defaultTimeout());
    }

    /** Takes the next CALL the station sent; fails when it is another action or none comes in time. */
    public IncomingCall expectCall(String action, Duration timeout) {
        IncomingCall call = nextCall(timeout);
        if (!call.action().equals(action)) {
            throw failure("expected a " + action + " CALL but the station sent " + call.action());
        }
        return call;
    }

    /** Takes the next CALL the station sent, whatever its action; fails when none comes in time. */
    public IncomingCall nextCall(Duration timeout) {
        IncomingCall call = Waits.poll(calls, timeout);
        if (call == null) {
            throw failure("no CALL from the station within " + timeout);
        }
        return call;
    }

    /** Fails when the station sent a CALL not yet taken, or sends one within {@code quiet}. */
    public void assertNoMoreCalls(Duration quiet) {
        IncomingCall call = Waits.poll(calls, quiet);
        if (call != null) {
            throw failure("expected no more CALLs but the station sent " + call.action());
        }
    }

    // ---- CALLs to the station ----

    /** {@link #sendCall(String, JsonObject, Duration)} with the simulator's default time-out. */
    public CompletableFuture<CallOutcome> sendCall(String action, JsonObject payload) {
        return sendCall(action, payload, context.defaultTimeout());
    }

    /**
     * Sends {@code [2, id, action, payload]}. The future completes with the station's CALLRESULT or CALLERROR, or
     * with a {@link TimeoutException} after {@code timeout}, or an {@link IllegalStateException} when the
     * connection closes first.
     *
     * @throws IllegalStateException when a CALL of the simulator is still unanswered (P4 §4.1.1 binds the CSMS
     *     too; use {@link #sendRaw} to break that rule on purpose)
     */
    public CompletableFuture<CallOutcome> sendCall(String action, JsonObject payload, Duration timeout) {
        if (!isOpen()) {
            throw new IllegalStateException("the connection of " + stationId + " is closed");
        }
        OutgoingCalls.Started started = outgoing.start(action, payload, timeout);
        send(started.frame());
        return started.outcome();
    }

    /** Sends a CALL and waits for the answer; fails when none comes within {@code timeout}. */
    public CallOutcome call(String action, JsonObject payload, Duration timeout) {
        CompletableFuture<CallOutcome> outcome = sendCall(action, payload, timeout);
        try {
            return outcome.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure("no answer to " + action + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw failure("no answer to " + action + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the answer to " + action, e);
        }
    }

    /** {@link #call(String, JsonObject, Duration)} with the simulator's default time-out. */
    public CallOutcome call(String action, JsonObject payload) {
        return call(action, payload, context.defaultTimeout());
    }

    // ---- raw frames ----

    /**
     * Sends any text as it is, e.g. a malformed frame. Frames the station sent before are forgotten by
     * {@link #expectRaw}, so the next one it returns is the station's answer to this. A well-formed CALL sent
     * this way is still matched with its answer, so the answer is checked against its schema.
     */
    public void sendRaw(String text) {
        rawInbox.clear();
        outgoing.noteRawCall(text);
        send(text);
    }

    /** The next frame from the station, of any kind, since the last {@link #sendRaw} or {@code expectRaw}. */
    public Frame expectRaw(Duration timeout) {
        Frame frame = Waits.poll(rawInbox, timeout);
        if (frame == null) {
            throw failure("no frame from the station within " + timeout);
        }
        return frame;
    }

    /** Like {@link #expectRaw}, and the frame must be a CALLERROR; returns it read. */
    public CallOutcome.Error expectCallError(Duration timeout) {
        Frame frame = expectRaw(timeout);
        Optional<StationFrame> read = StationFrame.read(frame.text(), rule -> {});
        if (read.isEmpty() || read.get().type() != StationFrame.CALLERROR) {
            throw failure("expected a CALLERROR but the station sent " + frame.text());
        }
        StationFrame error = read.get();
        return new CallOutcome.Error(
                error.messageId(), error.errorCode(), error.errorDescription(), error.payload(), frame.at());
    }

    // ---- the connection ----

    /** Waits until the connection ends; fails when it is still open after {@code timeout}. */
    public CloseInfo awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("the connection was still open after " + timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the close future never fails", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the close", e);
        }
    }

    /** The station sent a WebSocket ping (the server's thread). */
    void pingReceived() {
        pings.add(java.time.Instant.now());
    }

    /** Waits for the next WebSocket ping of the station; fails when none comes within {@code timeout}. */
    public java.time.Instant expectPing(Duration timeout) {
        try {
            java.time.Instant at = pings.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (at == null) {
                throw failure("no WebSocket ping within " + timeout);
            }
            return at;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a ping", e);
        }
    }

    /** Forgets the pings received so far (e.g. those sent at the interval before a change). */
    public void clearPings() {
        pings.clear();
    }

    /** Starts a graceful close with this code. */
    public void close(int code) {
        wire.close(code, "");
    }

    /** Drops the TCP connection at once, without a close frame. */
    public void drop() {
        wire.drop();
    }

    @Override
    public String toString() {
        return "StationConnection[" + stationId + ", " + frames.size() + " frames, " + violations.size()
                + " violations]";
    }

    // ---- called by the server ----

    void onText(String text) {
        Instant at = context.clock().instant();
        Frame frame = new Frame(Frame.Direction.FROM_STATION, at, text);
        frames.add(frame);
        var read = StationFrame.read(text, rule -> violation(at, rule, text));
        if (read.isPresent() && read.get().type() == StationFrame.CALL) {
            rules.check(read.get(), at, rule -> violation(at, rule, text));
            // The raw inbox gets the frame before a test can see the call, so a sendRaw the test makes after
            // expectCall never finds this frame still to come.
            rawInbox.add(frame);
            onCall(read.get(), at);
            return;
        }
        read.ifPresent(answer -> outgoing.onAnswer(answer, at, rule -> violation(at, rule, text)));
        // Last, so that a test holding the frame also sees the rules it broke.
        rawInbox.add(frame);
    }

    void onBinary(int length) {
        Instant at = context.clock().instant();
        violation(at, "P4 §4: OCPP-J uses text frames only, got a binary frame", "<" + length + " bytes>");
    }

    void onClosed(CloseInfo info) {
        outgoing.failAll("the connection closed with " + info.code());
        closed.complete(info);
    }

    void sendResult(IncomingCall call, JsonObject payload) {
        rules.answered(call, payload, context.clock().instant());
        JsonArray frame = new JsonArray();
        frame.add(StationFrame.CALLRESULT);
        frame.add(call.messageId());
        frame.add(payload);
        send(frame.toString());
    }

    void sendError(IncomingCall call, String code, String description, JsonObject details) {
        rules.answered(call, null, context.clock().instant());
        JsonArray frame = new JsonArray();
        frame.add(StationFrame.CALLERROR);
        frame.add(call.messageId());
        frame.add(code);
        frame.add(description);
        frame.add(details);
        send(frame.toString());
    }

    private void onCall(StationFrame read, Instant at) {
        IncomingCall call = new IncomingCall(this, read.messageId(), read.action(), read.payload(), at);
        rules.received(call);
        // The automatic answer leaves before a test can see the call, so whatever the test sends next reaches
        // the station after that answer, as with a real CSMS.
        Function<JsonObject, JsonObject> reply = autoReplies.get(read.action());
        if (reply != null) {
            call.reply(reply.apply(call.payload()));
        }
        if (!ignoredActions.contains(read.action())) {
            calls.add(call);
        }
    }

    private void send(String text) {
        frames.add(new Frame(Frame.Direction.TO_STATION, context.clock().instant(), text));
        wire.send(text);
    }

    private void violation(Instant at, String rule, String text) {
        violations.add(new ProtocolViolation(
                at,
                rule,
                text.length() <= MAX_FRAME_IN_A_VIOLATION ? text : text.substring(0, MAX_FRAME_IN_A_VIOLATION) + "…"));
    }

    private AssertionError failure(String message) {
        List<Frame> all = frames();
        List<Frame> last = all.subList(Math.max(0, all.size() - FRAMES_IN_A_FAILURE), all.size());
        return new AssertionError(message + " (station " + stationId + "; last frames:\n"
                + last.stream().map(Frame::toString).collect(Collectors.joining("\n")) + ")");
    }
}
