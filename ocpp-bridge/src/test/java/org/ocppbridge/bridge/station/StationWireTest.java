package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.DefaultReplies;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/** Boot, heartbeat, triggers and registration gating, checked frame by frame on a real WebSocket. */
class StationWireTest {

    @TempDir
    Path dir;

    private BridgeFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject trigger(String message) {
        return json("{\"requestedMessage\":\"" + message + "\"}");
    }

    @Test
    void B01_first_call_is_BootNotification_PowerUp_then_the_startup_security_event() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();

        IncomingCall boot = csms.expectCall("BootNotification");
        assertEquals("PowerUp", boot.payload().get("reason").getAsString());
        JsonObject station = boot.payload().getAsJsonObject("chargingStation");
        assertEquals("TestVendor", station.get("vendorName").getAsString());
        assertEquals("TestModel", station.get("model").getAsString());
        assertEquals("1.0.0", station.get("firmwareVersion").getAsString());

        IncomingCall event = csms.expectCall("SecurityEventNotification");
        assertEquals("StartupOfTheDevice", event.payload().get("type").getAsString());
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();
    }

    @Test
    void Part4_5_3_a_reconnect_after_an_Accepted_boot_sends_no_BootNotification_and_goes_on_at_once() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
        // The answer to the security event is read before the drop (else it is rightly sent again).
        Barrier.roundTrip(csms);

        csms.drop();
        StationConnection again = fixture.station();
        // The barrier: a triggered Heartbeat is the first CALL on the new connection, so no boot came before it.
        assertEquals(
                "Accepted",
                again.call("TriggerMessage", trigger("Heartbeat"))
                        .payload()
                        .get("status")
                        .getAsString());
        again.expectCall("Heartbeat");
        // Still Accepted: a triggered BootNotification is refused as after the first boot (F06.FR.17).
        assertEquals(
                "Rejected",
                again.call("TriggerMessage", trigger("BootNotification"))
                        .payload()
                        .get("status")
                        .getAsString());
        Barrier.assertNoMoreCalls(again);
        again.assertNoViolations();
    }

    @Test
    void Part4_5_3_a_reconnect_while_the_boot_is_Pending_sends_a_BootNotification_again() throws Exception {
        // The first boot must meet this reply: it is set before the bridge starts.
        fixture = BridgeFixture.start(
                dir,
                sim -> sim.defaultReplies(true),
                sim -> sim.autoReply(
                        "BootNotification", request -> DefaultReplies.bootNotification("Pending", 300, Instant.now())),
                cfg -> cfg);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");

        csms.drop();
        StationConnection again = fixture.station();
        assertEquals(
                "PowerUp",
                again.expectCall("BootNotification").payload().get("reason").getAsString());
        Barrier.assertNoMoreCalls(again);
    }

    @Test
    void Appendix5_an_UpdateFirmware_or_GetLog_location_in_an_unsupported_scheme_is_Rejected_with_InvalidURL()
            throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        JsonObject update = csms.call(
                        "UpdateFirmware",
                        json("{\"requestId\":31,\"firmware\":{\"location\":\"scp://fw.example/fw.bin\","
                                + "\"retrieveDateTime\":\"2026-01-01T00:00:00Z\"}}"))
                .payload();
        assertEquals("Rejected", update.get("status").getAsString());
        assertEquals(
                "InvalidURL",
                update.getAsJsonObject("statusInfo").get("reasonCode").getAsString());

        JsonObject log = csms.call(
                        "GetLog",
                        json("{\"requestId\":32,\"logType\":\"DiagnosticsLog\",\"log\":{\"remoteLocation\":"
                                + "\"scp://logs.example/in/\"}}"))
                .payload();
        assertEquals("Rejected", log.get("status").getAsString());
        assertEquals(
                "InvalidURL",
                log.getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        Barrier.assertNoMoreCalls(csms);
    }

    @Test
    void TC_F_20_triggered_Heartbeat_is_answered_Accepted_then_sent() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        CallOutcome outcome = csms.call("TriggerMessage", trigger("Heartbeat"));
        assertEquals("Accepted", outcome.payload().get("status").getAsString());
        csms.expectCall("Heartbeat");
        csms.assertNoViolations();
    }

    @Test
    void TC_F_26_F06FR17_triggered_BootNotification_after_Accepted_is_Rejected() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        CallOutcome outcome = csms.call("TriggerMessage", trigger("BootNotification"));
        assertEquals("Rejected", outcome.payload().get("status").getAsString());
        Barrier.assertNoMoreCalls(csms);
    }

    @Test
    void TC_F_18_L01FR25_triggered_FirmwareStatusNotification_when_idle_is_Idle_without_requestId() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        JsonObject request = trigger("FirmwareStatusNotification");
        request.add("evse", json("{\"id\":1}")); // TC_F_17: the evse is irrelevant and ignored
        assertEquals(
                "Accepted",
                csms.call("TriggerMessage", request).payload().get("status").getAsString());
        IncomingCall status = csms.expectCall("FirmwareStatusNotification");
        assertEquals("Idle", status.payload().get("status").getAsString());
        assertFalse(status.payload().has("requestId"));
    }

    @Test
    void TC_F_15_triggered_LogStatusNotification_when_idle_is_Idle_without_requestId() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        assertEquals(
                "Accepted",
                csms.call("TriggerMessage", trigger("LogStatusNotification"))
                        .payload()
                        .get("status")
                        .getAsString());
        IncomingCall status = csms.expectCall("LogStatusNotification");
        assertEquals("Idle", status.payload().get("status").getAsString());
        assertFalse(status.payload().has("requestId"));
    }

    @Test
    void TC_F_27_F06FR08_a_message_the_bridge_cannot_produce_is_NotImplemented() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
        assertEquals(
                "NotImplemented",
                csms.call("TriggerMessage", trigger("SignCombinedCertificate"))
                        .payload()
                        .get("status")
                        .getAsString());
    }

    @Test
    void TC_B_02_while_Pending_nothing_is_sent_and_a_triggered_boot_goes_out_at_once_with_reason_Triggered()
            throws Exception {
        // The first boot must meet this reply: it is set before the bridge starts.
        fixture = BridgeFixture.start(
                dir,
                sim -> sim.defaultReplies(true),
                sim -> sim.autoReply(
                        "BootNotification", request -> DefaultReplies.bootNotification("Pending", 300, Instant.now())),
                cfg -> cfg);
        StationConnection csms = fixture.station();
        assertEquals(
                "PowerUp",
                csms.expectCall("BootNotification").payload().get("reason").getAsString());
        Barrier.assertNoMoreCalls(csms); // B02.FR.02: not even the queued security event

        // B02.FR.09: what the CSMS may not ask while Pending gets SecurityError.
        CallOutcome reset = csms.call("Reset", json("{\"type\":\"Immediate\"}"));
        assertEquals("SecurityError", ((CallOutcome.Error) reset).code());

        // TC_B_02 steps 3-6: the device model answers while Pending.
        String offlineThreshold =
                "\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"OfflineThreshold\"}";
        JsonObject set = csms.call(
                        "SetVariables",
                        json("{\"setVariableData\":[{\"attributeValue\":\"300\"," + offlineThreshold + "}]}"))
                .payload();
        assertEquals(
                "Accepted",
                set.getAsJsonArray("setVariableResult")
                        .get(0)
                        .getAsJsonObject()
                        .get("attributeStatus")
                        .getAsString());
        JsonObject got = csms.call("GetVariables", json("{\"getVariableData\":[{" + offlineThreshold + "}]}"))
                .payload()
                .getAsJsonArray("getVariableResult")
                .get(0)
                .getAsJsonObject();
        assertEquals("Accepted", got.get("attributeStatus").getAsString());
        assertEquals("300", got.get("attributeValue").getAsString());
        assertEquals(
                "Accepted",
                csms.call("GetBaseReport", json("{\"requestId\":5,\"reportBase\":\"FullInventory\"}"))
                        .payload()
                        .get("status")
                        .getAsString());
        // B02.FR.02: a request the CSMS asked for may go out while Pending.
        assertEquals(
                5, csms.expectCall("NotifyReport").payload().get("requestId").getAsInt());
        // B02: GetReport (B08) is answered while Pending too, and its report goes out.
        assertEquals(
                "Accepted",
                csms.call("GetReport", json("{\"requestId\":6,\"componentCriteria\":[\"Available\"]}"))
                        .payload()
                        .get("status")
                        .getAsString());
        assertEquals(
                6, csms.expectCall("NotifyReport").payload().get("requestId").getAsInt());
        // B02.FR.06: no remote start while Pending (and this station has no EVSEs at all).
        assertEquals(
                "Rejected",
                csms.call(
                                "RequestStartTransaction",
                                json("{\"idToken\":{\"idToken\":\"T1\",\"type\":\"Central\"},\"remoteStartId\":9}"))
                        .payload()
                        .get("status")
                        .getAsString());
        Barrier.assertNoMoreCalls(csms);

        fixture.csms.autoReply(
                "BootNotification", request -> DefaultReplies.bootNotification("Accepted", 300, Instant.now()));
        assertEquals(
                "Accepted",
                csms.call("TriggerMessage", trigger("BootNotification"))
                        .payload()
                        .get("status")
                        .getAsString());
        assertEquals(
                "Triggered",
                csms.expectCall("BootNotification").payload().get("reason").getAsString());
        assertEquals(
                "StartupOfTheDevice",
                csms.expectCall("SecurityEventNotification")
                        .payload()
                        .get("type")
                        .getAsString());
        csms.assertNoViolations();
    }

    @Test
    void TC_B_03_TC_B_30_while_Rejected_calls_get_SecurityError_and_the_boot_is_retried_after_the_interval()
            throws Exception {
        // The first boot must meet this reply: it is set before the bridge starts.
        fixture = BridgeFixture.start(
                dir,
                sim -> sim.defaultReplies(true),
                sim -> sim.autoReply(
                        "BootNotification", request -> DefaultReplies.bootNotification("Rejected", 2, Instant.now())),
                cfg -> cfg);
        StationConnection csms = fixture.station();
        IncomingCall first = csms.expectCall("BootNotification");

        // ER B03.FR.08: even a triggered BootNotification is refused while Rejected.
        CallOutcome trigger = csms.call("TriggerMessage", trigger("BootNotification"));
        assertEquals("SecurityError", ((CallOutcome.Error) trigger).code());

        fixture.csms.autoReply(
                "BootNotification", request -> DefaultReplies.bootNotification("Accepted", 300, Instant.now()));
        IncomingCall second = csms.expectCall("BootNotification", Duration.ofSeconds(5));
        assertTrue(
                Duration.between(first.receivedAt(), second.receivedAt()).compareTo(Duration.ofSeconds(2)) >= 0,
                "B03.FR.06: not before the interval");
        csms.expectCall("SecurityEventNotification");
        csms.assertNoViolations();
    }

    @Test
    void heartbeats_follow_the_interval_from_the_boot_response() throws Exception {
        fixture = BridgeFixture.start(dir, sim -> sim.heartbeatInterval(1), cfg -> cfg);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
        IncomingCall first = csms.expectCall("Heartbeat", Duration.ofSeconds(3));
        IncomingCall second = csms.expectCall("Heartbeat", Duration.ofSeconds(3));
        long gap = Duration.between(first.receivedAt(), second.receivedAt()).toMillis();
        assertTrue(gap >= 800 && gap <= 2000, "about one second apart: " + gap);
    }

    @Test
    void a_bad_frame_from_the_CSMS_is_answered_and_written_to_the_security_log() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        csms.sendRaw("[2,\"m1\",\"Reset\",{}]");
        assertEquals(
                "OccurrenceConstraintViolation",
                csms.expectCallError(Duration.ofSeconds(5)).code());

        String log = java.nio.file.Files.readString(fixture.dataDir.resolve("security-events.log"));
        assertTrue(log.contains("InvalidMessages"), log);
        Barrier.assertNoMoreCalls(csms); // InvalidMessages is not critical: logged, not sent (Part 2 Appendix 1)
    }

    @Test
    void issue15_point2_a_flood_of_bad_frames_is_one_security_log_line_per_window_not_one_forced_write_each()
            throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        long started = System.nanoTime();
        // 99: one short of the bad-frame limit, which would close the connection (point 1).
        for (int i = 0; i < 99; i++) {
            csms.sendRaw("[2,\"f" + i + "\",\"Reset\",{\"type\":\"Sideways\"}]");
            assertEquals("f" + i, csms.expectCallError(Duration.ofSeconds(5)).messageId());
        }
        String log = java.nio.file.Files.readString(fixture.dataDir.resolve("security-events.log"));
        long lines =
                log.lines().filter(line -> line.contains("InvalidMessages")).count();
        assertEquals(1, lines, log);
    }
}
