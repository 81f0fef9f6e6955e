package org.ocppbridge.bridge.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import javax.net.ssl.SSLParameters;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.HandshakeState;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.Handshakedata;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.Protocol;
import org.ocppbridge.bridge.certificates.TlsContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's one adapter to Java-WebSocket: a client connection per {@link #connect} call, with the OCPP-J
 * rules of Part 4 §3 on top of the library.
 *
 * <ul>
 *   <li>Offers exactly the subprotocol {@code ocpp2.0.1} and refuses a server that selects another or none
 *       ({@link FailureKind#SUBPROTOCOL_REFUSED}).
 *   <li>Profile 1/2: {@code Authorization: Basic base64(stationId:password)}.
 *   <li>Profile 2/3 ({@code wss://}): TLS 1.2 or 1.3, the CSMS certificate verified against the configured CA
 *       with host name verification (endpoint identification "HTTPS"); profile 3 adds the client key.
 *   <li>Ping keep-alive with its own pong time-out, on the given scheduler (the library's connection-lost
 *       checker is off: it couples the time-out to the interval and starts a thread per connection).
 *   <li>A refused upgrade reports its HTTP status; connect + handshake and the close handshake are bounded.
 *   <li>The read thread is named {@code ocpp-ws-read-N}. The library names its writer thread itself
 *       ({@code WebSocketWriteThread-ID}) and offers no hook to change that; both are daemon threads that end
 *       with the connection.
 * </ul>
 *
 * Callbacks come from the library's threads or the scheduler, one at a time, in order, and never while a lock is
 * held ({@link WebSocketLifecycle}); after onClosed or onFailure none follows.
 *
 * <p>Why this file is a little longer than ~300 lines: the state machine, the callback order and the keep-alive are
 * classes of their own; what is left is the one place that speaks to Java-WebSocket (handshake headers, TLS
 * parameters, the bounded inbound frames and the password the CSMS may rotate), kept whole so that exactly one
 * class imports the library.
 */
public final class JavaWebSocketConnector implements WebSocketConnector {

    /** The WebSocket subprotocol of OCPP 2.0.1 (Part 4 §3.1.2). */
    public static final String SUBPROTOCOL = "ocpp2.0.1";

    /** Largest accepted frame; far above any OCPP 2.0.1 message, small enough to bound memory. */
    static final int MAX_FRAME_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(JavaWebSocketConnector.class);

    private final TransportConfig config;
    private final ScheduledExecutorService scheduler;
    private final Optional<TlsContexts> tls;
    private final AtomicInteger connections = new AtomicInteger();
    /** Read at every connection: the CSMS may rotate the password between two (A01). */
    private final Supplier<Optional<TransportConfig.BasicAuth>> basicAuth;
    /** WebSocketPingInterval: the CSMS may change it while a connection is open. */
    private final PingInterval pingInterval;

    /**
     * @param scheduler runs the keep-alive and time-out timers (the bridge's "ocpp-core" scheduler); the work
     *     done there is tiny and never blocks
     * @throws IOException when a PEM file of the TLS material is missing or wrong (the message names it)
     */
    public JavaWebSocketConnector(TransportConfig config, ScheduledExecutorService scheduler) throws IOException {
        this(config, scheduler, config::basicAuth);
    }

    /**
     * @param basicAuth the credentials of each new connection (see {@link BasicAuthCredentials}); they replace the
     *     config's
     */
    public JavaWebSocketConnector(
            TransportConfig config,
            ScheduledExecutorService scheduler,
            Supplier<Optional<TransportConfig.BasicAuth>> basicAuth)
            throws IOException {
        this(config, scheduler, basicAuth, new PingInterval(config.pingInterval()));
    }

    /**
     * @param pingInterval the ping interval of every connection, changed at once when the CSMS sets
     *     WebSocketPingInterval; it replaces the config's
     */
    public JavaWebSocketConnector(
            TransportConfig config,
            ScheduledExecutorService scheduler,
            Supplier<Optional<TransportConfig.BasicAuth>> basicAuth,
            PingInterval pingInterval)
            throws IOException {
        this(config, scheduler, basicAuth, pingInterval, TlsContexts.Sources.none());
    }

    /**
     * @param tlsSources what the CSMS may change between two connections: the CSMS roots it installed and the
     *     station certificate to present (asked for at every {@code wss://} connection)
     */
    public JavaWebSocketConnector(
            TransportConfig config,
            ScheduledExecutorService scheduler,
            Supplier<Optional<TransportConfig.BasicAuth>> basicAuth,
            PingInterval pingInterval,
            TlsContexts.Sources tlsSources)
            throws IOException {
        this.pingInterval = Objects.requireNonNull(pingInterval, "pingInterval");
        this.basicAuth = Objects.requireNonNull(basicAuth, "basicAuth");
        this.config = Objects.requireNonNull(config, "config");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.tls = config.usesTls()
                ? Optional.of(TlsContexts.load(config.csmsCaPem(), config.clientCertificate(), tlsSources))
                : Optional.empty();
    }

    @Override
    public WebSocket connect(WebSocketListener listener) {
        Connection connection =
                new Connection(Objects.requireNonNull(listener, "listener"), connections.incrementAndGet());
        connection.start();
        return connection;
    }

    /**
     * One connection attempt and, once open, the connection: the library's client and its handshake rules; its
     * state, timers and callbacks live in a {@link WebSocketLifecycle}.
     */
    private final class Connection implements WebSocket {
        private final int number;
        private final Client client;
        private final WebSocketLifecycle lifecycle;
        private volatile TransportException handshakeFailure;
        private volatile CertificateException certificateRejection;
        private volatile Exception firstError;
        /** Our Close frame, once sent: the CSMS's Close that follows completes the handshake. */
        private volatile CloseFrame sentClose;

        Connection(WebSocketListener listener, int number) {
            this.number = number;
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            basicAuth.get().ifPresent(auth -> headers.put("Authorization", auth.authorizationHeader()));
            this.client = new Client(new OcppDraft(this), headers);
            client.setConnectionLostTimeout(0);
            client.setDaemon(true);
            client.setTcpNoDelay(true);
            this.lifecycle =
                    new WebSocketLifecycle(this, listener, scheduler, config, pingInterval, this::sendPing, number);
        }

        void start() {
            SocketFactory plain;
            try {
                plain = tls.isPresent()
                        ? tls.get()
                                .newContext(rejected -> certificateRejection = rejected)
                                .getSocketFactory()
                        : SocketFactory.getDefault();
            } catch (GeneralSecurityException e) {
                // Reported from the scheduler: connect() itself never calls back.
                scheduler.execute(() -> lifecycle.fail(new TransportException(
                        FailureKind.TLS_ERROR, "cannot create a TLS context: " + e.getMessage(), e, -1)));
                return;
            }
            client.setSocketFactory(new TrackingSocketFactory(plain, lifecycle::track));
            lifecycle.deadline(
                    config.connectTimeout(),
                    new TransportException(
                            FailureKind.TIMEOUT, "no WebSocket connection within " + config.connectTimeout()));
            Thread reader = new Thread(client, "ocpp-ws-read-" + number);
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public boolean send(String text) {
            if (text == null || !lifecycle.canSend()) {
                return false;
            }
            try {
                client.send(text);
                return true;
            } catch (RuntimeException notOpen) {
                // WebsocketNotConnectedException: the connection closed in between; the outcome callback follows.
                log.debug("send on connection {} failed: {}", number, notOpen.toString());
                return false;
            }
        }

        @Override
        public boolean close(int code, String reason) {
            CloseCodes.validate(code, reason);
            if (!lifecycle.beginClose()) {
                return false;
            }
            if (!lifecycle.isOpened()) {
                // Nothing to close gracefully before the handshake is done.
                lifecycle.fail(new TransportException(FailureKind.CANCELLED, "closed before the connection opened"));
                return true;
            }
            lifecycle.deadline(
                    config.closeTimeout(),
                    new TransportException(
                            FailureKind.TIMEOUT, "close handshake not completed within " + config.closeTimeout()));
            // Our Close frame is sent with the engine left open, not by the library's close(): its reader stops
            // reading as soon as the engine is closing, so a close() that lands while the reader is not blocked
            // in a read (finishing the handshake, delivering a frame) made it report the end at once, and its
            // writer closed the TCP connection right after our Close, before the CSMS's Close came back; a CSMS
            // that handles the EOF before the frame (Java-WebSocket's server does, now and then) records 1006.
            // Now the reader goes on until the CSMS's Close (OcppDraft.processFrame) or the close deadline.
            // No lock of ours is held here: the library may take its engine monitor without a lock-order risk.
            CloseFrame frame = new CloseFrame();
            frame.setCode(code);
            frame.setReason(reason);
            try {
                frame.isValid();
                sentClose = frame;
                client.sendFrame(frame);
            } catch (InvalidDataException | RuntimeException notSent) {
                // Closed in between (WebsocketNotConnectedException): the outcome callback follows.
                log.debug("close frame on connection {} not sent: {}", number, notSent.toString());
            }
            return true;
        }

        @Override
        public void cancel() {
            lifecycle.fail(new TransportException(FailureKind.CANCELLED, "cancelled"));
        }

        private boolean sendPing() {
            try {
                client.sendPing();
                return true;
            } catch (RuntimeException notOpen) {
                log.debug("ping on connection {} not sent: {}", number, notOpen.toString());
                return false;
            }
        }

        /** Null for a clean close handshake; else why the connection failed. */
        private TransportException outcome(int code, String reason) {
            return FailureClassifier.classify(
                    handshakeFailure, certificateRejection, firstError, lifecycle.isOpened(), code, reason);
        }

        private void refusedWithStatus(int status) {
            String hint =
                    switch (status) {
                        case 401, 403 -> " (check the station id and the Basic auth password)";
                        case 404 -> " (the CSMS does not know this station id)";
                        default -> "";
                    };
            handshakeFailure = new TransportException(
                    FailureKind.HANDSHAKE_REFUSED,
                    "CSMS refused the WebSocket upgrade with HTTP " + status + hint,
                    null,
                    status);
        }

        private void refusedSubprotocol(String selected) {
            handshakeFailure = new TransportException(
                    FailureKind.SUBPROTOCOL_REFUSED,
                    selected.isEmpty()
                            ? "CSMS selected no subprotocol; " + SUBPROTOCOL + " is required"
                            : "CSMS selected subprotocol '" + selected + "'; " + SUBPROTOCOL + " is required");
        }

        /** The library's client, forwarding its callbacks. */
        private final class Client extends WebSocketClient {
            Client(Draft draft, Map<String, String> headers) {
                super(config.endpoint(), draft, headers, (int)
                        config.connectTimeout().toMillis());
            }

            @Override
            public void onOpen(ServerHandshake handshake) {
                lifecycle.opened();
            }

            @Override
            public void onMessage(String text) {
                lifecycle.message(text);
            }

            @Override
            public void onMessage(ByteBuffer bytes) {
                // OCPP-J uses text frames only (Part 4 §4.1.2).
                log.warn("connection {}: ignored a binary frame of {} bytes", number, bytes.remaining());
            }

            @Override
            public void onWebsocketPong(org.java_websocket.WebSocket conn, Framedata frame) {
                lifecycle.pongReceived();
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {
                String why = reason == null ? "" : reason;
                lifecycle.ended(code, why, outcome(code, why));
            }

            @Override
            public void onError(Exception error) {
                if (firstError == null) {
                    firstError = error;
                }
                log.debug("connection {}: {}", number, error.toString());
            }

            @Override
            protected void onSetSSLParameters(SSLParameters parameters) {
                super.onSetSSLParameters(parameters);
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // host name verification, always
                parameters.setProtocols(TlsContexts.PROTOCOLS);
            }
        }
    }

    /** RFC 6455 with only {@code ocpp2.0.1}; records a refused upgrade's HTTP status and a wrong subprotocol. */
    private static final class OcppDraft extends Draft_6455 {
        private final Connection connection;

        OcppDraft(Connection connection) {
            super(List.of(), List.of(new Protocol(SUBPROTOCOL)), MAX_FRAME_BYTES);
            this.connection = connection;
        }

        @Override
        public Draft copyInstance() {
            return new OcppDraft(connection);
        }

        @Override
        public Handshakedata translateHandshake(ByteBuffer buffer) throws InvalidHandshakeException {
            int status = HttpStatusLine.statusCode(buffer.duplicate());
            if (status > 0 && status != 101) {
                connection.refusedWithStatus(status);
            }
            return super.translateHandshake(buffer);
        }

        @Override
        public void processFrame(WebSocketImpl engine, Framedata frame) throws InvalidDataException {
            CloseFrame ours = connection.sentClose;
            if (frame.getOpcode() == Opcode.CLOSING && ours != null) {
                // RFC 6455 §7.1.1: we sent a Close and received one, so the handshake is complete and the TCP
                // connection may close; the end is reported with our code, as the library's close() did.
                engine.closeConnection(ours.getCloseCode(), ours.getMessage(), false);
                return;
            }
            super.processFrame(engine, frame);
        }

        @Override
        public HandshakeState acceptHandshakeAsClient(ClientHandshake request, ServerHandshake response)
                throws InvalidHandshakeException {
            // Part 4 §3.2: a CSMS that agrees to none answers without the header and closes; one that answers
            // with another version is refused too. The library alone would accept "ocpp1.6, ocpp2.0.1".
            String selected = response.getFieldValue("Sec-WebSocket-Protocol").trim();
            if (!SUBPROTOCOL.equals(selected)) {
                connection.refusedSubprotocol(selected);
                return HandshakeState.NOT_MATCHED;
            }
            return super.acceptHandshakeAsClient(request, response);
        }
    }
}
