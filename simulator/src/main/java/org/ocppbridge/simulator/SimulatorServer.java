package org.ocppbridge.simulator;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.ocppbridge.simulator.wire.OcppSubprotocol;
import org.ocppbridge.simulator.wire.RefusableServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Java-WebSocket server behind {@link CsmsSimulator}: handshakes, frames and closes, handed to recorders. */
final class SimulatorServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

    /** The factory of a new station's recorder, given its id, its handshake and its socket. */
    interface Stations {
        StationConnection open(String stationId, HandshakeAttempt handshake, StationConnection.Wire wire);
    }

    private final HandshakePolicy policy;
    private final SimulatorSettings settings;
    private final Stations stations;
    private final Consumer<HandshakeAttempt> handshakes;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicReference<Exception> startFailure = new AtomicReference<>();

    SimulatorServer(
            InetSocketAddress address,
            HandshakePolicy policy,
            SimulatorSettings settings,
            Stations stations,
            Consumer<HandshakeAttempt> handshakes) {
        // The fallback Protocol("") lets a client that offers no ocpp2.0.1 reach the handshake callback, which
        // refuses it with a proper status instead of the library's bare 404.
        super(
                address,
                List.of(new Draft_6455(
                        List.of(), List.of(new OcppSubprotocol(settings::selectedSubprotocol), new Protocol("")))));
        this.policy = policy;
        this.settings = settings;
        this.stations = stations;
        this.handshakes = handshakes;
    }

    /** Re-arms the write of every connection that still has frames queued (see CsmsSimulator#startServer). */
    void flushQueuedWrites() {
        for (WebSocket conn : getConnections()) {
            if (conn.isOpen() && conn.hasBufferedData()) {
                onWriteDemand(conn);
            }
        }
    }

    CountDownLatch started() {
        return started;
    }

    /**
     * Waits for the library's worker threads, which the stopped selector thread interrupts but does not join.
     *
     * @return true when all ended before the deadline
     */
    boolean awaitWorkers(long deadlineNanos) throws InterruptedException {
        for (Thread worker : decoders) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            if (left > 0) {
                worker.join(left);
            }
            if (worker.isAlive()) {
                return false;
            }
        }
        return true;
    }

    Exception startFailure() {
        return startFailure.get();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
        Instant at = settings.clock().instant();
        boolean offersOcpp = draft instanceof Draft_6455 d && d.getProtocol() instanceof OcppSubprotocol;
        HandshakePolicy.Decision decision = policy.decide(
                request.getResourceDescriptor(),
                offersOcpp,
                request.getFieldValue("Authorization").isEmpty() ? null : request.getFieldValue("Authorization"));
        HandshakeAttempt attempt =
                new HandshakeAttempt(at, request.getResourceDescriptor(), headersOf(request), decision.status());
        handshakes.accept(attempt);
        if (!decision.accepted()) {
            RefusableServerFactory.refuse(conn, decision.status(), decision.reasonPhrase(), decision.extraHeaders());
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "handshake refused with " + decision.status());
        }
        conn.setAttachment(new Accepted(decision.stationId(), attempt));
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Accepted accepted = conn.getAttachment();
        StationConnection station = stations.open(accepted.stationId(), accepted.attempt(), new Wire(conn));
        conn.setAttachment(station);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (conn.getAttachment() instanceof StationConnection station) {
            station.onText(message);
        }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        if (conn.getAttachment() instanceof StationConnection station) {
            station.onBinary(message.remaining());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn.getAttachment() instanceof StationConnection station) {
            station.onClosed(new CloseInfo(code, reason, remote));
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure.compareAndSet(null, ex);
            started.countDown();
        }
        LOG.warn("simulator socket error on {}", conn == null ? "the server" : conn.getRemoteSocketAddress(), ex);
    }

    @Override
    public void onStart() {
        // The library names its threads WebSocketSelector-N / WebSocketWorker-N; onStart runs on the selector
        // thread after the workers started, so both get the project's prefix here, where leak checks look.
        Thread.currentThread().setName("ocpp-simulator-selector");
        for (int i = 0; i < decoders.size(); i++) {
            decoders.get(i).setName("ocpp-simulator-worker-" + i);
        }
        started.countDown();
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata frame) {
        if (conn.getAttachment() instanceof StationConnection station) {
            station.pingReceived();
        }
        if (settings.respondToPings()) {
            super.onWebsocketPing(conn, frame);
        }
    }

    private static Map<String, String> headersOf(ClientHandshake request) {
        Map<String, String> headers = new HashMap<>();
        for (Iterator<String> names = request.iterateHttpFields(); names.hasNext(); ) {
            String name = names.next();
            headers.put(name.toLowerCase(Locale.ROOT), request.getFieldValue(name));
        }
        return headers;
    }

    /** Between the handshake and onOpen, the connection carries what the handshake decided. */
    private record Accepted(String stationId, HandshakeAttempt attempt) {}

    /** The recorder's view of one socket. */
    private record Wire(WebSocket conn) implements StationConnection.Wire {
        @Override
        public java.util.Optional<java.security.cert.X509Certificate> clientCertificate() {
            if (!conn.hasSSLSupport()) {
                return java.util.Optional.empty();
            }
            try {
                java.security.cert.Certificate[] chain = conn.getSSLSession().getPeerCertificates();
                return chain.length > 0 && chain[0] instanceof java.security.cert.X509Certificate x509
                        ? java.util.Optional.of(x509)
                        : java.util.Optional.empty();
            } catch (javax.net.ssl.SSLPeerUnverifiedException | IllegalArgumentException noCertificate) {
                return java.util.Optional.empty();
            }
        }

        @Override
        public void send(String text) {
            try {
                conn.send(text);
            } catch (WebsocketNotConnectedException e) {
                throw new IllegalStateException("the station's connection is closed", e);
            }
        }

        @Override
        public void close(int code, String reason) {
            conn.close(code, reason);
        }

        @Override
        public void drop() {
            conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the simulator");
        }
    }
}
