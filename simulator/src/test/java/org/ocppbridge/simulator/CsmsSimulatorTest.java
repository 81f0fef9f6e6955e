package org.ocppbridge.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsmsSimulatorTest {

    @Test
    void it_listens_on_a_real_port_of_127_0_0_1_and_names_the_url() {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            assertTrue(csms.port() > 0);
            assertEquals("ws://127.0.0.1:" + csms.port() + "/ocpp", csms.url());
        }
    }

    @Test
    void a_station_connects_at_path_and_id_and_gets_ocpp201_selected() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            TestStation station = TestStation.connect(csms, "RDAM%20123");

            StationConnection connection = csms.awaitStation();
            assertEquals("RDAM 123", connection.stationId());
            assertEquals("ocpp2.0.1", station.selectedSubprotocol());
            assertEquals(1, csms.connectionCount());
            assertEquals(101, csms.handshakeAttempts().get(0).status());
            station.closeBounded();
        }
    }

    @Test
    void P4_3_1_2_a_station_that_does_not_offer_ocpp201_is_refused() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            TestStation station = TestStation.open(csms, "CS001", "ocpp1.6", Map.of());

            assertFalse(station.isOpen());
            assertEquals(400, csms.awaitHandshakeAttempt(Duration.ofSeconds(5)).status());
            assertEquals(0, csms.connectionCount());
            assertTrue(RawUpgrade.request(csms.port(), "/ocpp/CS001", null, null, null)
                    .startsWith("HTTP/1.1 400 "));
        }
    }

    @Test
    void a_path_without_a_station_id_gets_404() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            assertTrue(RawUpgrade.request(csms.port(), "/ocpp/", "ocpp2.0.1", null, null)
                    .startsWith("HTTP/1.1 404 "));
            assertTrue(RawUpgrade.request(csms.port(), "/other/CS001", "ocpp2.0.1", null, null)
                    .startsWith("HTTP/1.1 404 "));
        }
    }

    @Test
    void A01_after_the_password_is_rotated_only_the_new_one_connects() throws Exception {
        try (CsmsSimulator csms =
                CsmsSimulator.builder().basicAuth("0123456789abcdef").start()) {
            csms.requireBasicAuthPassword("the-new-password-0002");
            String old = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", "CS001", "0123456789abcdef");
            assertTrue(old.startsWith("HTTP/1.1 401 "), old);
            String rotated =
                    RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", "CS001", "the-new-password-0002");
            assertTrue(rotated.startsWith("HTTP/1.1 101 "), rotated);
        }
    }

    @Test
    void TC_A_01_basic_auth_with_a_wrong_password_gets_401_and_the_right_one_connects() throws Exception {
        try (CsmsSimulator csms =
                CsmsSimulator.builder().basicAuth("0123456789abcdef").start()) {
            String wrong = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", "CS001", "wrong-password-123");
            assertTrue(wrong.startsWith("HTTP/1.1 401 Unauthorized\r\n"), wrong);
            assertTrue(wrong.contains("WWW-Authenticate: Basic"), wrong);
            String otherUser = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", "CS002", "0123456789abcdef");
            assertTrue(otherUser.startsWith("HTTP/1.1 401 "), otherUser);
            assertTrue(RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", null, null)
                    .startsWith("HTTP/1.1 401 "));

            String right = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", "CS001", "0123456789abcdef");
            assertTrue(right.startsWith("HTTP/1.1 101 "), right);
            assertTrue(right.contains("Sec-WebSocket-Protocol: ocpp2.0.1"), right);
            assertEquals(
                    "Basic Q1MwMDE6MDEyMzQ1Njc4OWFiY2RlZg==",
                    csms.awaitStation().handshake().header("Authorization"));
        }
    }

    @Test
    void refuseNextHandshake_refuses_once_with_the_status_then_accepts() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            csms.refuseNextHandshake(503);

            String refused = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", null, null);
            assertTrue(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused);
            TestStation station = TestStation.connect(csms, "CS001");
            csms.awaitStation();
            assertEquals(1, csms.connectionCount());
            assertEquals(503, csms.handshakeAttempts().get(0).status());
            station.closeBounded();
        }
    }

    @Test
    void selectSubprotocol_null_answers_without_the_header() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            csms.selectSubprotocol(null);
            String head = RawUpgrade.request(csms.port(), "/ocpp/CS001", "ocpp2.0.1", null, null);
            assertTrue(head.startsWith("HTTP/1.1 101 "), head);
            assertFalse(head.toLowerCase().contains("sec-websocket-protocol"), head);

            csms.selectSubprotocol("ocpp1.6");
            head = RawUpgrade.request(csms.port(), "/ocpp/CS002", "ocpp2.0.1", null, null);
            assertTrue(head.contains("Sec-WebSocket-Protocol: ocpp1.6"), head);
        }
    }

    @Test
    void respondToPings_false_leaves_the_station_pings_unanswered() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            TestStation station = TestStation.connect(csms, "CS001");
            assertTrue(station.pingAnswered(Duration.ofSeconds(5)));

            csms.respondToPings(false);
            assertFalse(station.pingAnswered(Duration.ofMillis(300)));
            csms.respondToPings(true);
            assertTrue(station.pingAnswered(Duration.ofSeconds(5)));
            station.closeBounded();
        }
    }

    @Test
    void awaitStation_fails_when_no_station_connects() {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            assertThrows(AssertionError.class, () -> csms.awaitStation(Duration.ofMillis(200)));
        }
    }

    @Test
    void auto_replies_set_on_the_simulator_reach_open_connections() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().start()) {
            TestStation station = TestStation.connect(csms, "CS001");
            StationConnection connection = csms.awaitStation();
            csms.autoReply(
                    "BootNotification",
                    request -> DefaultReplies.bootNotification("Pending", 10, java.time.Instant.now()));
            station.send(Frames.boot("b1"));

            assertTrue(station.nextFrame().contains("\"Pending\""));
            connection.expectCall("BootNotification");
            station.closeBounded();
        }
    }

    @Test
    void close_stops_the_server_and_its_threads_within_a_bounded_time() throws Exception {
        CsmsSimulator csms = CsmsSimulator.builder().start();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("ocpp-simulator-selector")));
        TestStation station = TestStation.connect(csms, "CS001");
        long started = System.nanoTime();
        csms.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
        assertEquals(1001, station.awaitClosed());
        assertNull(Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("ocpp-simulator"))
                .findAny()
                .orElse(null));
    }
}
