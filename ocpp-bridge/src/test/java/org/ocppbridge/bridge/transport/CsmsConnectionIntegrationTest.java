package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reconnect loop with the real connector against servers on 127.0.0.1 (short back-off, real time). */
class CsmsConnectionIntegrationTest {

    private final ScheduledExecutorService core =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ocpp-core-test"));
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Disconnect> disconnects = new LinkedBlockingQueue<>();
    private AutoCloseable server;
    private CsmsConnection connection;

    @AfterEach
    void tearDown() throws Exception {
        if (connection != null) {
            connection.close(1000, "test over").get(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
        core.shutdownNow();
        assertTrue(core.awaitTermination(5, TimeUnit.SECONDS));
        ClientThreads.assertAllEnded();
    }

    private CsmsConnection start(String url) throws Exception {
        JavaWebSocketConnector connector = new JavaWebSocketConnector(
                TransportConfig.of(URI.create(url)).withBasicAuth("CS001", "0123456789abcdef"), core);
        RetryBackOff backOff = new RetryBackOff(
                new RetryBackOff.Settings(Duration.ofMillis(100), Duration.ofMillis(50), 2), new Random(3));
        connection = new CsmsConnection(connector, backOff, core, new CsmsConnection.Listener() {
            @Override
            public void onConnected(WebSocket webSocket) {
                events.add("connected on " + Thread.currentThread().getName());
            }

            @Override
            public void onMessage(String text) {
                events.add("message " + text);
            }

            @Override
            public void onDisconnected(Disconnect disconnect) {
                disconnects.add(disconnect);
                events.add("disconnected");
            }
        });
        connection.start();
        return connection;
    }

    private String nextEvent() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "no event within 10 s");
        return event;
    }

    @Test
    void reconnects_after_the_CSMS_drops_the_connection() throws Exception {
        OcppTestServer csms = new OcppTestServer().startAndWait();
        server = csms;
        start(csms.url("ws"));
        assertEquals("connected on ocpp-core-test", nextEvent());

        csms.connections.poll(5, TimeUnit.SECONDS).closeConnection(1006, "crash");

        assertEquals("disconnected", nextEvent());
        Disconnect drop = disconnects.poll();
        assertTrue(drop.wasConnected());
        assertEquals(FailureKind.CONNECTION_LOST, drop.failureKind().orElseThrow());
        assertEquals("connected on ocpp-core-test", nextEvent());
        assertNotNull(csms.handshakes.poll(5, TimeUnit.SECONDS), "first upgrade");
        assertNotNull(csms.handshakes.poll(5, TimeUnit.SECONDS), "second upgrade");
        csms.connections.poll(5, TimeUnit.SECONDS).send("[2,\"9\",\"Reset\",{\"type\":\"Immediate\"}]");
        assertEquals("message [2,\"9\",\"Reset\",{\"type\":\"Immediate\"}]", nextEvent());
        assertTrue(connection.send("[3,\"9\",{\"status\":\"Accepted\"}]"));
        assertEquals("[3,\"9\",{\"status\":\"Accepted\"}]", csms.messages.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void reconnects_after_a_401_and_connects_when_the_CSMS_accepts() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        RawHandshakeServer csms = new RawHandshakeServer(request -> requests.incrementAndGet() <= 2
                ? RawHandshakeServer.status(401, "Unauthorized")
                : RawHandshakeServer.upgrade(request, "ocpp2.0.1", false));
        server = csms;
        start(csms.url());

        assertEquals("disconnected", nextEvent());
        assertEquals("disconnected", nextEvent());
        assertEquals("connected on ocpp-core-test", nextEvent());
        for (int i = 0; i < 2; i++) {
            Disconnect refused = disconnects.poll();
            assertEquals(401, refused.failure().orElseThrow().httpStatus());
            assertTrue(refused.nextAttemptIn().orElseThrow().compareTo(Duration.ofMillis(100)) >= 0);
        }
        assertEquals(3, csms.requests.size());
    }

    @Test
    void close_sends_a_close_frame_and_stops_reconnecting() throws Exception {
        OcppTestServer csms = new OcppTestServer().startAndWait();
        server = csms;
        start(csms.url("ws"));
        assertEquals("connected on ocpp-core-test", nextEvent());

        connection.close(1000, "shutdown").get(5, TimeUnit.SECONDS);
        connection = null;

        assertEquals(1000, csms.closeCodes.poll(5, TimeUnit.SECONDS));
        assertEquals("disconnected", nextEvent());
        assertTrue(disconnects.poll().nextAttemptIn().isEmpty());
        assertEquals(1, csms.handshakes.size());
    }
}
