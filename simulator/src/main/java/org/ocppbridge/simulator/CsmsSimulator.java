package org.ocppbridge.simulator;

import com.google.gson.JsonObject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.SSLParameters;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.server.DefaultWebSocketServerFactory;
import org.java_websocket.server.SSLParametersWebSocketServerFactory;
import org.ocppbridge.simulator.wire.RefusableServerFactory;

/**
 * A CSMS for tests and conformance runs: a WebSocket server on 127.0.0.1 (port 0 unless told otherwise) that
 * accepts stations at {@code /<path>/<stationId>} with subprotocol {@code ocpp2.0.1}, optionally behind Basic
 * auth and TLS, and hands each connection to a {@link StationConnection} recorder.
 *
 * <pre>{@code
 * try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
 *     // point the station at csms.url()
 *     StationConnection station = csms.awaitStation();
 *     station.expectCall("BootNotification");
 *     CallOutcome outcome = station.call("Reset", resetPayload);
 *     station.assertNoViolations();
 * }
 * }</pre>
 */
public final class CsmsSimulator implements AutoCloseable {

    /** How long {@link #close()} waits for the server's threads. */
    private static final int STOP_TIMEOUT_MILLIS = 2000;

    private final SimulatorServer server;
    private final SimulatorContext context;
    private final SimulatorSettings settings;
    private final HandshakePolicy policy;
    private final ScheduledExecutorService scheduler;
    /** TLS handshake tasks; the socket factory shuts it down when the server stops, close() waits for it. */
    private final ExecutorService tlsExecutor;

    private final boolean tls;
    private final String path;
    private final Map<String, StationRegistration> registrations = new ConcurrentHashMap<>();
    private final Map<String, Function<JsonObject, JsonObject>> autoReplies = new ConcurrentHashMap<>();
    private final java.util.Set<String> ignoredActions = ConcurrentHashMap.newKeySet();
    private final List<StationConnection> connections = new CopyOnWriteArrayList<>();
    private final BlockingQueue<StationConnection> newStations = new LinkedBlockingQueue<>();
    private final List<HandshakeAttempt> handshakes = new CopyOnWriteArrayList<>();
    private final BlockingQueue<HandshakeAttempt> newHandshakes = new LinkedBlockingQueue<>();

    /** How often queued frames are checked for a lost write demand (see startServer). */
    private static final java.time.Duration WRITE_SWEEP = java.time.Duration.ofMillis(5);

    private final OwnedThreads timerThreads = new OwnedThreads("ocpp-simulator-timer", true);
    private final OwnedThreads tlsThreads = new OwnedThreads("ocpp-simulator-tls", false);

    private CsmsSimulator(CsmsSimulatorBuilder builder) {
        this.path = builder.path;
        this.tls = builder.sslContext != null;
        this.settings = new SimulatorSettings(builder.clock);
        this.policy = new HandshakePolicy(builder.path, builder.basicAuthUser, builder.basicAuthPassword);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(timerThreads);
        AtomicLong ids = new AtomicLong();
        this.context = new SimulatorContext(
                builder.clock,
                scheduler,
                builder.schemas,
                builder.defaultTimeout,
                builder.stationCallTimeout,
                () -> "csms-" + ids.incrementAndGet());
        if (builder.defaultReplies) {
            autoReplies.putAll(DefaultReplies.of(builder.clock, builder.heartbeatIntervalSeconds));
        }
        this.server = new SimulatorServer(
                new InetSocketAddress(builder.host, builder.port), policy, settings, this::open, this::recordHandshake);
        this.tlsExecutor = Executors.newSingleThreadExecutor(tlsThreads);
        server.setWebSocketFactory(new RefusableServerFactory(socketFactory(builder, tlsExecutor)));
        server.setConnectionLostTimeout(builder.pingIntervalSeconds);
        server.setReuseAddr(true);
        // Without TCP_NODELAY a CALLRESULT followed at once by a CALL (e.g. HeartbeatResponse, then the next
        // TriggerMessage) waits for the station's delayed ACK: ~40 ms per exchange on Linux (Nagle's algorithm).
        server.setTcpNoDelay(true);
    }

    public static CsmsSimulatorBuilder builder() {
        return new CsmsSimulatorBuilder();
    }

    /** Builds and starts a simulator from the builder's settings. */
    static CsmsSimulator start(CsmsSimulatorBuilder builder) {
        CsmsSimulator simulator = new CsmsSimulator(builder);
        simulator.startServer();
        return simulator;
    }

    private void startServer() {
        server.start();
        // Java-WebSocket's server can lose a write: when a frame is queued from a thread other than its selector
        // just as the selector finishes writing, the selector resets the socket's interest to read only and the
        // frame stays queued until the next send (seen as a CALL the station never got). A sweep re-arms any
        // connection with queued data, so such a frame leaves within a few milliseconds.
        scheduler.scheduleWithFixedDelay(
                server::flushQueuedWrites, WRITE_SWEEP.toMillis(), WRITE_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        boolean up;
        try {
            up = server.started().await(context.defaultTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while the simulator started", e);
        }
        if (!up || server.startFailure() != null) {
            close();
            throw new IllegalStateException("the simulator could not listen", server.startFailure());
        }
    }

    // ---- where stations connect ----

    /** The port the server listens on (the real one when bound to port 0). */
    public int port() {
        return server.getPort();
    }

    /** The CSMS URL a station is given, e.g. {@code ws://127.0.0.1:41234/ocpp}; the station appends its id. */
    public String url() {
        String host = server.getAddress().getAddress().getHostAddress();
        return (tls ? "wss://" : "ws://") + host + ":" + port() + (path.isEmpty() ? "" : "/" + path);
    }

    // ---- stations ----

    /** {@link #awaitStation(Duration)} with the default wait. */
    public StationConnection awaitStation() {
        return awaitStation(context.defaultTimeout());
    }

    /** The next station connection that opened and was not taken yet; fails when none comes in time. */
    public StationConnection awaitStation(Duration timeout) {
        StationConnection station = Waits.poll(newStations, timeout);
        if (station == null) {
            throw new AssertionError("no station connected within " + timeout + "; upgrade requests: " + handshakes);
        }
        return station;
    }

    /** How many connections were opened so far. */
    public int connectionCount() {
        return connections.size();
    }

    /** Every connection opened so far, in order. */
    public List<StationConnection> connections() {
        return List.copyOf(connections);
    }

    /** Every rule broken on any connection so far, connection by connection. */
    public List<ProtocolViolation> violations() {
        return connections.stream()
                .flatMap(connection -> connection.violations().stream())
                .toList();
    }

    /** Fails, listing them, when any station broke any rule on any connection. */
    public void assertNoViolations() {
        connections.forEach(StationConnection::assertNoViolations);
    }

    /** Every upgrade request so far, accepted or refused, in order. */
    public List<HandshakeAttempt> handshakeAttempts() {
        return List.copyOf(handshakes);
    }

    /** The next upgrade request not taken yet, accepted or refused; fails when none comes in time. */
    public HandshakeAttempt awaitHandshakeAttempt(Duration timeout) {
        HandshakeAttempt attempt = Waits.poll(newHandshakes, timeout);
        if (attempt == null) {
            throw new AssertionError("no upgrade request within " + timeout);
        }
        return attempt;
    }

    // ---- behaviours ----

    /**
     * Answers every CALL of this action at once, on connections open now and opened later. The CALL is still
     * recorded and returned by {@link StationConnection#expectCall}.
     */
    public CsmsSimulator autoReply(String action, Function<JsonObject, JsonObject> reply) {
        autoReplies.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(reply, "reply"));
        connections.forEach(connection -> connection.autoReply(action, reply));
        return this;
    }

    /** {@link StationConnection#ignoreCalls} on connections open now and opened later. */
    public CsmsSimulator ignoreCalls(String... actions) {
        ignoredActions.addAll(List.of(actions));
        connections.forEach(connection -> connection.ignoreCalls(actions));
        return this;
    }

    /**
     * The Basic-auth password upgrade requests must carry from now on, as when the CSMS has set a station's
     * SecurityCtrlr.BasicAuthPassword (A01); open connections stay.
     */
    public CsmsSimulator requireBasicAuthPassword(String password) {
        policy.requirePassword(Objects.requireNonNull(password, "password"));
        return this;
    }

    /** Refuses the next upgrade request with this HTTP status (401, 503, ...). */
    public CsmsSimulator refuseNextHandshake(int status) {
        return refuseNextHandshakes(status, 1);
    }

    /** Refuses the next {@code count} upgrade requests with this HTTP status. */
    public CsmsSimulator refuseNextHandshakes(int status, int count) {
        policy.refuseNext(status, count);
        return this;
    }

    /**
     * The subprotocol the 101 response selects for a station that offers ocpp2.0.1: normally ocpp2.0.1; another
     * value or null (no header) tests that the station refuses such a server (P4 §3.1.2).
     */
    public CsmsSimulator selectSubprotocol(String subprotocol) {
        settings.selectSubprotocol(subprotocol);
        return this;
    }

    /** Whether WebSocket pings get pongs; false makes the station's pong time-out fire. */
    public CsmsSimulator respondToPings(boolean respond) {
        settings.respondToPings(respond);
        return this;
    }

    /** Drops every open connection without a close frame. */
    public void dropAll() {
        connections.stream().filter(StationConnection::isOpen).forEach(StationConnection::drop);
    }

    /** Closes every connection with 1001 and stops the server and its timer within a bounded time. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_TIMEOUT_MILLIS);
        try {
            server.stop(STOP_TIMEOUT_MILLIS, "simulator closing");
            if (!server.awaitWorkers(deadline)) {
                throw new IllegalStateException("the simulator's socket workers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the simulator stopped", e);
        } finally {
            scheduler.shutdownNow();
            tlsExecutor.shutdownNow();
            awaitEnd(scheduler, timerThreads, "timer");
            awaitEnd(tlsExecutor, tlsThreads, "TLS");
        }
    }

    private static void awaitEnd(ExecutorService executor, OwnedThreads threads, String name) {
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_TIMEOUT_MILLIS);
            if (!executor.awaitTermination(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || !threads.join(deadline)) {
                throw new IllegalStateException("the simulator's " + name + " thread did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the simulator stopped", e);
        }
    }

    private StationConnection open(String stationId, HandshakeAttempt handshake, StationConnection.Wire wire) {
        StationRegistration registration = registrations.computeIfAbsent(stationId, id -> new StationRegistration());
        StationConnection connection =
                new StationConnection(stationId, handshake, wire, registration, context, autoReplies, ignoredActions);
        connections.add(connection);
        newStations.add(connection);
        return connection;
    }

    private void recordHandshake(HandshakeAttempt attempt) {
        handshakes.add(attempt);
        newHandshakes.add(attempt);
    }

    private static WebSocketServerFactory socketFactory(CsmsSimulatorBuilder builder, ExecutorService tlsExecutor) {
        if (builder.sslContext == null) {
            return new DefaultWebSocketServerFactory();
        }
        SSLParameters parameters = builder.sslContext.getDefaultSSLParameters();
        // A2 / TC_A_04: TLS 1.2 or newer only.
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        parameters.setNeedClientAuth(builder.requireClientCertificate);
        return new SSLParametersWebSocketServerFactory(builder.sslContext, tlsExecutor, parameters);
    }
}
