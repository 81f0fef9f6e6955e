package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connector against real servers on 127.0.0.1 (plain ws://; TLS is in JavaWebSocketConnectorTlsTest). */
class JavaWebSocketConnectorTest {

    private static final String PASSWORD = "s3cret-Password.0123";

    private final ScheduledExecutorService core =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ocpp-core-test"));
    private AutoCloseable server;

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
        core.shutdownNow();
        assertTrue(core.awaitTermination(5, TimeUnit.SECONDS));
        ClientThreads.assertAllEnded();
    }

    private OcppTestServer ocppServer() throws InterruptedException {
        OcppTestServer started = new OcppTestServer().startAndWait();
        server = started;
        return started;
    }

    private RawHandshakeServer rawServer(
            java.util.function.Function<Map<String, String>, RawHandshakeServer.Reply> responder) throws Exception {
        RawHandshakeServer raw = new RawHandshakeServer(responder);
        server = raw;
        return raw;
    }

    private WebSocket connect(TransportConfig config, RecordingListener listener) throws Exception {
        return new JavaWebSocketConnector(config, core).connect(listener);
    }

    @Test
    void connects_with_subprotocol_ocpp201_and_exchanges_text_frames() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();

        WebSocket ws = connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();
        assertTrue(listener.openThread.startsWith("ocpp-ws-read-"), listener.openThread);
        ClientHandshake handshake = csms.handshakes.poll(5, TimeUnit.SECONDS);
        assertNotNull(handshake);
        assertEquals("ocpp2.0.1", handshake.getFieldValue("Sec-WebSocket-Protocol"));
        assertEquals("/ocpp/CS001", handshake.getResourceDescriptor());
        assertEquals("", handshake.getFieldValue("Authorization"), "no credentials configured");

        assertTrue(ws.send("[2,\"1\",\"Heartbeat\",{}]"));
        assertEquals("[2,\"1\",\"Heartbeat\",{}]", csms.messages.poll(5, TimeUnit.SECONDS));
        csms.connections.poll(5, TimeUnit.SECONDS).send("[3,\"1\",{}]");
        assertEquals("[3,\"1\",{}]", listener.messages.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void A00_profile1_sends_the_Basic_auth_header_with_the_station_id_as_user() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url("ws"))).withBasicAuth("CS001", PASSWORD), listener);
        listener.awaitOpen();

        // base64("CS001:s3cret-Password.0123")
        assertEquals(
                "Basic Q1MwMDE6czNjcmV0LVBhc3N3b3JkLjAxMjM=",
                csms.handshakes.poll(5, TimeUnit.SECONDS).getFieldValue("Authorization"));
    }

    @Test
    void Part4_3_2_a_server_that_selects_another_subprotocol_is_refused() throws Exception {
        RawHandshakeServer csms = rawServer(request -> RawHandshakeServer.upgrade(request, "ocpp1.6", false));
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url())), listener);

        TransportException failure = listener.awaitFailure();
        assertEquals(FailureKind.SUBPROTOCOL_REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("'ocpp1.6'"), failure.getMessage());
        assertFalse(listener.events.contains("open"));
        assertEquals("ocpp2.0.1", csms.requests.poll(5, TimeUnit.SECONDS).get("sec-websocket-protocol"));
    }

    @Test
    void Part4_3_2_a_server_that_selects_no_subprotocol_is_refused() throws Exception {
        RawHandshakeServer csms = rawServer(request -> RawHandshakeServer.upgrade(request, null, false));
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url())), listener);

        assertEquals(FailureKind.SUBPROTOCOL_REFUSED, listener.awaitFailure().kind());
        assertEquals(List.of("failure SUBPROTOCOL_REFUSED"), listener.events);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 404, 503})
    void a_refused_upgrade_reports_its_HTTP_status(int status) throws Exception {
        RawHandshakeServer csms = rawServer(request -> RawHandshakeServer.status(status, "Refused"));
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url())).withBasicAuth("CS001", PASSWORD), listener);

        TransportException failure = listener.awaitFailure();
        assertEquals(FailureKind.HANDSHAKE_REFUSED, failure.kind());
        assertEquals(status, failure.httpStatus());
        assertEquals(status, listener.httpStatus);
        assertFalse(failure.getMessage().contains(PASSWORD));
    }

    @Test
    void a_drop_right_after_the_upgrade_is_a_lost_connection() throws Exception {
        RawHandshakeServer csms = rawServer(request -> RawHandshakeServer.upgrade(request, "ocpp2.0.1", true));
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url())), listener);

        listener.awaitOpen();
        assertEquals(FailureKind.CONNECTION_LOST, listener.awaitFailure().kind());
    }

    @Test
    void a_server_that_never_answers_the_upgrade_times_out() throws Exception {
        RawHandshakeServer csms = rawServer(request -> new RawHandshakeServer.Reply(null, false));
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(csms.url())).withConnectTimeout(Duration.ofMillis(300)), listener);

        assertEquals(FailureKind.TIMEOUT, listener.awaitFailure().kind());
        assertEquals(List.of("failure TIMEOUT"), listener.events);
    }

    @Test
    void a_missing_pong_is_reported_as_pong_timeout() throws Exception {
        OcppTestServer csms = ocppServer();
        csms.answerPings = false;
        RecordingListener listener = new RecordingListener();

        connect(
                TransportConfig.of(URI.create(csms.url("ws"))).withPing(Duration.ofMillis(100), Duration.ofMillis(200)),
                listener);
        listener.awaitOpen();

        assertEquals(FailureKind.PONG_TIMEOUT, listener.awaitFailure().kind());
        assertNotNull(csms.pings.poll(5, TimeUnit.SECONDS), "the server saw the ping");
    }

    @Test
    void pings_that_are_answered_keep_the_connection() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();

        connect(
                TransportConfig.of(URI.create(csms.url("ws"))).withPing(Duration.ofMillis(50), Duration.ofMillis(1000)),
                listener);
        listener.awaitOpen();
        for (int i = 0; i < 5; i++) {
            assertNotNull(csms.pings.poll(5, TimeUnit.SECONDS), "ping " + i);
        }

        assertEquals(List.of("open"), listener.events);
    }

    @Test
    void close_is_a_close_handshake_and_the_last_callback() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();
        WebSocket ws = connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();

        assertTrue(ws.close(1000, "bye"));
        assertFalse(ws.close(1000, "again"), "already closing");
        listener.awaitEnd();

        assertEquals(1000, listener.closeCode);
        assertEquals(1000, csms.closeCodes.poll(5, TimeUnit.SECONDS));
        assertFalse(ws.send("late"));
        ws.cancel();
        assertEquals(List.of("open", "closed 1000"), listener.events);
    }

    @Test
    void a_close_by_the_server_is_reported_with_its_code() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();
        connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();

        csms.connections.poll(5, TimeUnit.SECONDS).close(1001, "going away");
        listener.awaitEnd();

        assertNull(listener.failure);
        assertEquals(1001, listener.closeCode);
    }

    @Test
    void cancel_drops_the_connection_and_reports_cancelled_once() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();
        WebSocket ws = connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();

        ws.cancel();
        ws.cancel();

        assertEquals(FailureKind.CANCELLED, listener.awaitFailure().kind());
        assertNotNull(csms.closeCodes.poll(5, TimeUnit.SECONDS), "server saw the connection end");
        assertEquals(List.of("open", "failure CANCELLED"), listener.events);
    }

    @Test
    void a_refused_TCP_connection_is_a_connect_failure() throws Exception {
        RawHandshakeServer closed = new RawHandshakeServer(request -> RawHandshakeServer.status(500, "x"));
        String url = closed.url();
        closed.close();
        RecordingListener listener = new RecordingListener();

        connect(TransportConfig.of(URI.create(url)), listener);

        assertEquals(FailureKind.CONNECT_FAILED, listener.awaitFailure().kind());
    }

    @Test
    void issue15_a_frame_over_1_MiB_ends_the_connection_with_1009_instead_of_filling_the_heap() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();
        connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();

        csms.connections.poll(5, TimeUnit.SECONDS).send("x".repeat(JavaWebSocketConnector.MAX_FRAME_BYTES + 1));

        listener.awaitEnd();
        assertEquals(List.of("open", "closed 1009"), listener.events);
        assertEquals(1009, csms.closeCodes.poll(5, TimeUnit.SECONDS));
        assertTrue(listener.messages.isEmpty(), "the frame was not delivered");
    }

    @Test
    void issue15_invalid_UTF8_from_the_CSMS_ends_the_connection_with_a_one_line_reason() throws Exception {
        OcppTestServer csms = ocppServer();
        RecordingListener listener = new RecordingListener();
        connect(TransportConfig.of(URI.create(csms.url("ws"))), listener);
        listener.awaitOpen();

        org.java_websocket.framing.TextFrame frame = new org.java_websocket.framing.TextFrame();
        frame.setPayload(java.nio.ByteBuffer.wrap(new byte[] {'[', (byte) 0xC3, (byte) 0x28, ']'}));
        frame.setFin(true);
        csms.connections.poll(5, TimeUnit.SECONDS).sendFrame(frame);

        // The library closes with 1007 and cuts the socket; whether the close frame gets out first is a race,
        // so the CSMS may see 1006. The bridge's side is what matters: a failure whose reason is one line.
        TransportException failure = listener.awaitFailure();
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
        assertTrue(
                failure.getMessage().contains("utf8") || failure.getMessage().contains("1007"), failure.getMessage());
        assertTrue(listener.messages.isEmpty());
    }
}
