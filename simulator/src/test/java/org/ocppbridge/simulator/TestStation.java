package org.ocppbridge.simulator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/** A tiny station for the simulator's own tests: sends what it is told, records what it receives. */
public final class TestStation extends WebSocketClient {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> pongs = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String selectedSubprotocol;

    private TestStation(URI uri, List<IProtocol> protocols, Map<String, String> headers) {
        super(uri, new Draft_6455(List.of(), protocols), headers, 5000);
    }

    /** A station offering ocpp2.0.1 at {@code <csms url>/<id>}, connected; fails when it cannot open. */
    public static TestStation connect(CsmsSimulator csms, String stationId) throws InterruptedException {
        return connect(csms, stationId, "ocpp2.0.1", Map.of());
    }

    static TestStation connect(CsmsSimulator csms, String stationId, String subprotocol, Map<String, String> headers)
            throws InterruptedException {
        TestStation station = open(csms, stationId, subprotocol, headers);
        if (!station.isOpen()) {
            throw new AssertionError("the test station could not connect");
        }
        return station;
    }

    /** Tries to connect; the result may be closed when the simulator refused the handshake. */
    static TestStation open(CsmsSimulator csms, String stationId, String subprotocol, Map<String, String> headers)
            throws InterruptedException {
        TestStation station =
                new TestStation(URI.create(csms.url() + "/" + stationId), List.of(new Protocol(subprotocol)), headers);
        station.setConnectionLostTimeout(0);
        station.connectBlocking(5, TimeUnit.SECONDS);
        return station;
    }

    /** Like {@link #open}, over TLS with the given context (its trust decides which server is accepted). */
    static TestStation openTls(
            CsmsSimulator csms, String stationId, javax.net.ssl.SSLContext context, Map<String, String> headers)
            throws InterruptedException {
        TestStation station =
                new TestStation(URI.create(csms.url() + "/" + stationId), List.of(new Protocol("ocpp2.0.1")), headers);
        station.setConnectionLostTimeout(0);
        station.setSocketFactory(context.getSocketFactory());
        station.connectBlocking(5, TimeUnit.SECONDS);
        return station;
    }

    String selectedSubprotocol() {
        return selectedSubprotocol;
    }

    /** The next frame from the simulator; fails after 5 s. */
    public String nextFrame() throws InterruptedException {
        String frame = received.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("the test station received nothing within 5 s");
        }
        return frame;
    }

    int awaitClosed() throws Exception {
        return closed.get(5, TimeUnit.SECONDS);
    }

    /** Sends a WebSocket ping and waits up to {@code timeout} for a pong. */
    boolean pingAnswered(java.time.Duration timeout) throws InterruptedException {
        pongs.clear();
        sendPing();
        return pongs.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) != null;
    }

    @Override
    public void onWebsocketPong(org.java_websocket.WebSocket conn, org.java_websocket.framing.Framedata frame) {
        pongs.add(frame);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        selectedSubprotocol = handshake.getFieldValue("Sec-WebSocket-Protocol");
    }

    /**
     * Closes with a close handshake, waiting at most five seconds for it; a peer that does not answer gets its
     * socket dropped. Every wait in the tests is bounded.
     */
    public void closeBounded() throws InterruptedException {
        close();
        try {
            closed.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            closeConnection(org.java_websocket.framing.CloseFrame.ABNORMAL_CLOSE, "close handshake not answered");
        }
    }

    @Override
    public void onMessage(String message) {
        received.add(message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closed.complete(code);
    }

    @Override
    public void onError(Exception ex) {
        closed.completeExceptionally(ex);
    }
}
