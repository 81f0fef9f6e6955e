package org.ocppbridge.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StationConnectionTest {

    private static final Duration QUICK = Duration.ofMillis(300);

    private CsmsSimulator csms;
    private TestStation station;

    @BeforeEach
    void start() {
        csms = CsmsSimulator.builder().start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (station != null) {
            station.closeBounded();
        }
        csms.close();
    }

    private StationConnection connectAndBoot() throws InterruptedException {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        connection
                .expectCall("BootNotification")
                .reply(DefaultReplies.bootNotification("Accepted", 60, java.time.Instant.now()));
        station.nextFrame();
        return connection;
    }

    @Test
    void expectCall_takes_the_BootNotification_and_the_reply_reaches_the_station() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));

        IncomingCall boot = connection.expectCall("BootNotification");
        assertEquals("b1", boot.messageId());
        assertEquals("PowerUp", boot.payload().get("reason").getAsString());
        JsonObject accepted = new JsonObject();
        accepted.addProperty("currentTime", "2026-01-01T00:00:00Z");
        accepted.addProperty("interval", 60);
        accepted.addProperty("status", "Accepted");
        boot.reply(accepted);

        assertEquals("[3,\"b1\"," + accepted + "]", station.nextFrame());
        assertEquals("CS001", connection.stationId());
        assertEquals(
                List.of(Frame.Direction.FROM_STATION, Frame.Direction.TO_STATION),
                connection.frames().stream().map(Frame::direction).toList());
        connection.assertNoViolations();
    }

    @Test
    void a_CALL_can_be_answered_only_once() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        IncomingCall boot = connection.expectCall("BootNotification");
        boot.replyError("InternalError", "");

        assertThrows(IllegalStateException.class, () -> boot.reply(new JsonObject()));
        assertTrue(station.nextFrame().startsWith("[4,\"b1\",\"InternalError\""));
    }

    @Test
    void default_replies_answer_at_once_and_the_CALL_is_still_recorded() throws Exception {
        csms.close();
        csms = CsmsSimulator.builder()
                .defaultReplies(true)
                .heartbeatInterval(42)
                .start();
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));

        JsonObject response = JsonParser.parseString(station.nextFrame())
                .getAsJsonArray()
                .get(2)
                .getAsJsonObject();
        assertEquals("Accepted", response.get("status").getAsString());
        assertEquals(42, response.get("interval").getAsInt());
        assertTrue(connection.expectCall("BootNotification").answered());

        station.send(Frames.heartbeat("h1"));
        assertTrue(station.nextFrame().contains("currentTime"));
        connection.expectCall("Heartbeat");
        connection.assertNoViolations();
    }

    @Test
    void ignored_actions_are_answered_and_recorded_but_not_expected() throws Exception {
        csms.close();
        csms = CsmsSimulator.builder().defaultReplies(true).start().ignoreCalls("Heartbeat");
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        connection.expectCall("BootNotification");
        station.nextFrame();
        station.send(Frames.heartbeat("h1"));

        assertTrue(station.nextFrame().startsWith("[3,\"h1\""));
        connection.assertNoMoreCalls(QUICK);
        assertEquals(4, connection.frames().size());
    }

    @Test
    void sendCall_completes_with_the_station_CALLRESULT() throws Exception {
        StationConnection connection = connectAndBoot();
        JsonObject reset = new JsonObject();
        reset.addProperty("type", "OnIdle");

        CompletableFuture<CallOutcome> outcome = connection.sendCall("Reset", reset);
        String call = station.nextFrame();
        String id = JsonParser.parseString(call).getAsJsonArray().get(1).getAsString();
        assertEquals("[2,\"" + id + "\",\"Reset\",{\"type\":\"OnIdle\"}]", call);
        station.send("[3,\"" + id + "\",{\"status\":\"Accepted\"}]");

        CallOutcome answer = outcome.get(5, TimeUnit.SECONDS);
        assertInstanceOf(CallOutcome.Result.class, answer);
        assertEquals("Accepted", answer.payload().get("status").getAsString());
        connection.assertNoViolations();
    }

    @Test
    void a_CALLERROR_answer_is_an_Error_outcome() throws Exception {
        StationConnection connection = connectAndBoot();
        CompletableFuture<CallOutcome> outcome = connection.sendCall("ThisIsAnUnknownAction", new JsonObject());
        String id = JsonParser.parseString(station.nextFrame())
                .getAsJsonArray()
                .get(1)
                .getAsString();
        station.send("[4,\"" + id + "\",\"NotImplemented\",\"unknown action\",{}]");

        CallOutcome.Error error = outcome.get(5, TimeUnit.SECONDS).error();
        assertEquals("NotImplemented", error.code());
        assertEquals("unknown action", error.description());
        assertThrows(AssertionError.class, error::payload);
        connection.assertNoViolations();
    }

    @Test
    void an_unanswered_CALL_times_out_and_the_next_may_be_sent() throws Exception {
        StationConnection connection = connectAndBoot();
        CompletableFuture<CallOutcome> outcome = connection.sendCall("Reset", new JsonObject(), QUICK);
        assertThrows(IllegalStateException.class, () -> connection.sendCall("Reset", new JsonObject()));

        ExecutionException failure = assertThrows(ExecutionException.class, () -> outcome.get(5, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, failure.getCause());
        String late = JsonParser.parseString(station.nextFrame())
                .getAsJsonArray()
                .get(1)
                .getAsString();
        station.send("[3,\"" + late + "\",{\"status\":\"Accepted\"}]");
        connection.sendCall("Reset", new JsonObject(), QUICK);
        station.send("[3,\"no-such-call\",{\"status\":\"Accepted\"}]");
        while (!connection.expectRaw(Duration.ofSeconds(5)).text().contains("no-such-call")) {
            // earlier frames of the station
        }

        // The late answer is no fault of the station; the answer to no CALL at all is.
        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().contains("matches no CALL"));
    }

    @Test
    void a_payload_that_breaks_its_schema_is_a_violation() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send("[2,\"b1\",\"BootNotification\",{\"reason\":\"PowerUp\"}]");

        connection.expectCall("BootNotification");
        List<ProtocolViolation> violations = connection.violations();
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).rule().contains("BootNotificationRequest"), violations::toString);
        assertTrue(violations.get(0).rule().contains("chargingStation"), violations::toString);
        assertThrows(AssertionError.class, connection::assertNoViolations);
    }

    @Test
    void P4_4_1_1_a_second_CALL_before_the_answer_is_a_violation() throws Exception {
        StationConnection connection = connectAndBoot();
        station.send(Frames.heartbeat("h1"));
        connection.expectCall("Heartbeat");
        station.send(Frames.heartbeat("h2"));
        connection.expectCall("Heartbeat");

        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().startsWith("P4 §4.1.1"));
    }

    @Test
    void B01_a_CALL_before_the_boot_is_accepted_is_a_violation() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.heartbeat("h1"));

        connection.expectCall("Heartbeat");
        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().contains("before the CSMS accepted a BootNotification"));
    }

    @Test
    void B03FR06_a_BootNotification_repeated_before_the_Rejected_interval_is_a_violation() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        connection
                .expectCall("BootNotification")
                .reply(DefaultReplies.bootNotification("Rejected", 3600, java.time.Instant.now()));
        station.nextFrame();
        station.send(Frames.boot("b2"));

        connection.expectCall("BootNotification");
        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().startsWith("B03.FR.06"));
    }

    @Test
    void TC_B_02_while_Pending_a_triggered_BootNotification_may_come_at_once() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        connection
                .expectCall("BootNotification")
                .reply(DefaultReplies.bootNotification("Pending", 3600, java.time.Instant.now()));
        station.nextFrame();
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "BootNotification");
        CompletableFuture<CallOutcome> outcome = connection.sendCall("TriggerMessage", trigger);
        String id = JsonParser.parseString(station.nextFrame())
                .getAsJsonArray()
                .get(1)
                .getAsString();
        station.send("[3,\"" + id + "\",{\"status\":\"Accepted\"}]");
        outcome.get(5, TimeUnit.SECONDS);
        station.send("[2,\"b2\",\"BootNotification\",{\"reason\":\"Triggered\","
                + "\"chargingStation\":{\"model\":\"M1\",\"vendorName\":\"V\"}}]");
        connection
                .expectCall("BootNotification")
                .reply(DefaultReplies.bootNotification("Accepted", 60, java.time.Instant.now()));
        station.nextFrame();
        station.send(Frames.heartbeat("h1"));
        connection.expectCall("Heartbeat");

        connection.assertNoViolations();
    }

    @Test
    void TC_B_02_while_Pending_an_unrequested_CALL_is_a_violation() throws Exception {
        station = TestStation.connect(csms, "CS001");
        StationConnection connection = csms.awaitStation();
        station.send(Frames.boot("b1"));
        connection
                .expectCall("BootNotification")
                .reply(DefaultReplies.bootNotification("Pending", 3600, java.time.Instant.now()));
        station.nextFrame();
        station.send("[2,\"s1\",\"SecurityEventNotification\",{\"type\":\"StartupOfTheDevice\","
                + "\"timestamp\":\"2026-01-01T00:00:00Z\"}]");

        connection.expectCall("SecurityEventNotification");
        assertEquals(1, csms.violations().size(), csms.violations()::toString);
        assertTrue(csms.violations().get(0).rule().contains("registration status PENDING"));
    }

    @Test
    void a_reused_message_id_a_long_id_an_unknown_action_and_a_16_error_code_are_violations() throws Exception {
        StationConnection connection = connectAndBoot();
        station.send(Frames.heartbeat("b1"));
        connection.expectCall("Heartbeat").reply(DefaultReplies.heartbeat(java.time.Instant.now()));
        station.send(Frames.heartbeat("x".repeat(37)));
        connection.expectCall("Heartbeat").reply(DefaultReplies.heartbeat(java.time.Instant.now()));
        station.send("[2,\"u1\",\"ThisIsNotAnAction\",{}]");
        connection.expectCall("ThisIsNotAnAction").replyError("NotImplemented", "");
        CompletableFuture<CallOutcome> outcome = connection.sendCall("Reset", new JsonObject());
        String id = JsonParser.parseString(lastFrameTo(connection))
                .getAsJsonArray()
                .get(1)
                .getAsString();
        station.send("[4,\"" + id + "\",\"FormationViolation\",\"\",{}]");
        outcome.get(5, TimeUnit.SECONDS);

        List<String> rules =
                connection.violations().stream().map(ProtocolViolation::rule).toList();
        assertEquals(4, rules.size(), rules::toString);
        assertTrue(rules.get(0).contains("was used before"), rules::toString);
        assertTrue(rules.get(1).contains("longer than 36"), rules::toString);
        assertTrue(rules.get(2).contains("not an OCPP 2.0.1 action"), rules::toString);
        assertTrue(rules.get(3).contains("not an OCPP 2.0.1 error code"), rules::toString);
    }

    @Test
    void a_frame_that_is_not_strict_JSON_is_a_violation() throws Exception {
        StationConnection connection = connectAndBoot();
        station.send("[2,'h1','Heartbeat',{}]");
        connection.assertNoMoreCalls(QUICK);

        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().contains("not valid JSON"));
    }

    @Test
    void a_CALLRESULT_is_checked_against_the_response_schema() throws Exception {
        StationConnection connection = connectAndBoot();
        CompletableFuture<CallOutcome> outcome = connection.sendCall("Reset", new JsonObject());
        String id = JsonParser.parseString(station.nextFrame())
                .getAsJsonArray()
                .get(1)
                .getAsString();
        station.send("[3,\"" + id + "\",{\"status\":\"Done\"}]");

        assertEquals(
                "Done", outcome.get(5, TimeUnit.SECONDS).payload().get("status").getAsString());
        assertEquals(1, connection.violations().size(), connection.violations()::toString);
        assertTrue(connection.violations().get(0).rule().contains("ResetResponse"));
    }

    @Test
    void sendRaw_and_expectCallError_read_the_station_answer_to_a_malformed_frame() throws Exception {
        StationConnection connection = connectAndBoot();
        connection.sendRaw("{Malformed");
        assertEquals("{Malformed", station.nextFrame());
        station.send("[4,\"-1\",\"RpcFrameworkError\",\"\",{}]");

        CallOutcome.Error error = connection.expectCallError(Duration.ofSeconds(5));
        assertEquals("-1", error.messageId());
        assertEquals("RpcFrameworkError", error.code());
        connection.assertNoViolations();
    }

    @Test
    void expectCall_fails_naming_the_frames_when_another_action_arrives() throws Exception {
        StationConnection connection = connectAndBoot();
        station.send(Frames.heartbeat("h1"));

        AssertionError failure =
                assertThrows(AssertionError.class, () -> connection.expectCall("FirmwareStatusNotification"));
        assertTrue(failure.getMessage().contains("Heartbeat"), failure::getMessage);
        assertTrue(failure.getMessage().contains("station> [2,\"h1\""), failure::getMessage);
    }

    @Test
    void expectCall_fails_when_nothing_arrives_in_time() throws Exception {
        StationConnection connection = connectAndBoot();
        AssertionError failure = assertThrows(AssertionError.class, () -> connection.expectCall("Heartbeat", QUICK));
        assertTrue(failure.getMessage().contains("no CALL"), failure::getMessage);
    }

    @Test
    void assertNoMoreCalls_fails_when_a_CALL_arrived() throws Exception {
        StationConnection connection = connectAndBoot();
        connection.assertNoMoreCalls(QUICK);
        station.send(Frames.heartbeat("h1"));

        AssertionError failure = assertThrows(AssertionError.class, () -> connection.assertNoMoreCalls(QUICK));
        assertTrue(failure.getMessage().contains("Heartbeat"), failure::getMessage);
    }

    @Test
    void awaitClose_reports_the_station_close_code() throws Exception {
        StationConnection connection = connectAndBoot();
        station.closeBounded();

        CloseInfo close = connection.awaitClose(Duration.ofSeconds(5));
        assertEquals(1000, close.code());
        assertTrue(close.byStation());
        assertFalse(connection.isOpen());
    }

    @Test
    void close_with_a_code_reaches_the_station() throws Exception {
        StationConnection connection = connectAndBoot();
        connection.close(4001);

        assertEquals(4001, station.awaitClosed());
        assertEquals(4001, connection.awaitClose(Duration.ofSeconds(5)).code());
    }

    @Test
    void drop_ends_the_connection_without_a_close_frame() throws Exception {
        StationConnection connection = connectAndBoot();
        CompletableFuture<CallOutcome> pending = connection.sendCall("Reset", new JsonObject());
        connection.drop();

        assertEquals(1006, station.awaitClosed());
        assertEquals(1006, connection.awaitClose(Duration.ofSeconds(5)).code());
        ExecutionException failure = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    private static String lastFrameTo(StationConnection connection) {
        List<Frame> frames = connection.frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).direction() == Frame.Direction.TO_STATION) {
                return frames.get(i).text();
            }
        }
        throw new AssertionError("no frame to the station");
    }
}
