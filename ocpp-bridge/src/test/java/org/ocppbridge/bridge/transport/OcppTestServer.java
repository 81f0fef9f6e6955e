package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.SSLParametersWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;

/** A real Java-WebSocket server on 127.0.0.1, port 0, that speaks ocpp2.0.1 and records what it sees. */
final class OcppTestServer extends WebSocketServer implements AutoCloseable {

    final BlockingQueue<ClientHandshake> handshakes = new LinkedBlockingQueue<>();
    final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> pings = new LinkedBlockingQueue<>();
    volatile boolean answerPings = true;
    private final CountDownLatch started = new CountDownLatch(1);
    private ExecutorService tlsExecutor;

    OcppTestServer() {
        super(
                new InetSocketAddress("127.0.0.1", 0),
                List.of(new Draft_6455(List.of(), List.of(new Protocol(JavaWebSocketConnector.SUBPROTOCOL)))));
        setReuseAddr(true);
        setDaemon(true);
    }

    /** Serves TLS with {@code context}; {@code needClientAuth} for security profile 3. */
    OcppTestServer withTls(SSLContext context, boolean needClientAuth) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setNeedClientAuth(needClientAuth);
        tlsExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "test-csms-tls");
            thread.setDaemon(true);
            return thread;
        });
        setWebSocketFactory(new SSLParametersWebSocketServerFactory(context, tlsExecutor, parameters));
        return this;
    }

    OcppTestServer startAndWait() throws InterruptedException {
        start();
        assertTrue(started.await(10, TimeUnit.SECONDS), "test CSMS started");
        return this;
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + getPort() + "/ocpp/CS001";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        handshakes.add(handshake);
        connections.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        messages.add(message);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        messages.add("binary");
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata frame) {
        pings.add(1);
        if (answerPings) {
            super.onWebsocketPing(conn, frame);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closeCodes.add(code);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // Refused TLS handshakes land here; the tests check the client side.
    }

    @Override
    public void close() {
        try {
            stop(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping the test CSMS", e);
        }
        if (tlsExecutor != null) {
            tlsExecutor.shutdownNow();
        }
    }
}
