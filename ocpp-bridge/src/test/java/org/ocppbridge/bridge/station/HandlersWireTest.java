package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.bridge.testing.StationHarness;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * UpdateFirmware, GetLog and Reset on the wire with a fake charger system: the CALLRESULT first, then every status
 * the system reports as the right notification, in order, with the right requestId.
 */
class HandlersWireTest {

    @TempDir
    Path dir;

    private CsmsSimulator simulator;
    private final FakeChargerSystem system = new FakeChargerSystem();
    private StationHarness harness;
    private StationConnection csms;

    @BeforeEach
    void boot() throws Exception {
        simulator = CsmsSimulator.builder().defaultReplies(true).start();
        harness = new StationHarness(simulator, system, dir);
        csms = simulator.awaitStation(Duration.ofSeconds(10));
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            csms.assertNoViolations();
        } finally {
            harness.close();
            simulator.close();
        }
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject updateFirmware(int requestId) {
        return json("{\"requestId\":" + requestId + ",\"retries\":2,\"retryInterval\":5,\"firmware\":{"
                + "\"location\":\"https://fw.example/fw.bin\",\"retrieveDateTime\":\"2026-01-01T00:00:00Z\","
                + "\"signingCertificate\":\"-----BEGIN CERTIFICATE-----\",\"signature\":\"c2ln\"}}");
    }

    private static JsonObject getLog(int requestId) {
        return json(
                "{\"requestId\":" + requestId + ",\"logType\":\"DiagnosticsLog\",\"retries\":0,"
                        + "\"log\":{\"remoteLocation\":\"https://logs.example/up/\",\"oldestTimestamp\":\"2026-01-01T00:00:00Z\"}}");
    }

    private void expectStatus(String action, String status, Integer requestId) {
        IncomingCall call = csms.expectCall(action);
        assertEquals(status, call.payload().get("status").getAsString(), call.toString());
        if (requestId == null) {
            assertFalse(call.payload().has("requestId"), call.toString());
        } else {
            assertEquals(requestId.intValue(), call.payload().get("requestId").getAsInt(), call.toString());
        }
    }

    @Test
    void L01FR20_UpdateFirmware_is_answered_then_each_status_arrives_once_in_order_with_its_requestId()
            throws Exception {
        CallOutcome answer = csms.call("UpdateFirmware", updateFirmware(42));
        assertEquals("Accepted", answer.payload().get("status").getAsString());

        FirmwareUpdateRequest forSystem = assertInstanceOf(FirmwareUpdateRequest.class, system.nextCommand());
        assertEquals(42, forSystem.requestId());
        assertEquals(3, forSystem.retries(), "OCPP retries 2 = 3 attempts in all");
        assertEquals(5, forSystem.retryIntervalS());
        assertEquals("https://fw.example/fw.bin", forSystem.location());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), forSystem.retrieveTimestamp());

        List<FirmwareUpdateStatusEnum> statuses = List.of(
                FirmwareUpdateStatusEnum.Downloading,
                FirmwareUpdateStatusEnum.Downloading,
                FirmwareUpdateStatusEnum.Downloaded,
                FirmwareUpdateStatusEnum.SignatureVerified,
                FirmwareUpdateStatusEnum.Installing,
                FirmwareUpdateStatusEnum.InstallRebooting,
                FirmwareUpdateStatusEnum.Installed);
        statuses.forEach(status -> system.report(status, 42));

        for (String status : List.of(
                "Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting", "Installed")) {
            expectStatus("FirmwareStatusNotification", status, 42);
        }
        // TC_L_01: Installed comes with the security event FirmwareUpdated.
        assertEquals(
                "FirmwareUpdated",
                csms.expectCall("SecurityEventNotification")
                        .payload()
                        .get("type")
                        .getAsString());
        Barrier.assertNoMoreCalls(csms); // the consecutive duplicate Downloading was not resent
    }

    @Test
    void L01FR02_a_refused_signing_certificate_is_answered_then_reported_as_a_security_event() {
        system.firmwareAnswer = UpdateFirmwareResponse.InvalidCertificate;
        assertEquals(
                "InvalidCertificate",
                csms.call("UpdateFirmware", updateFirmware(7))
                        .payload()
                        .get("status")
                        .getAsString());
        IncomingCall event = csms.expectCall("SecurityEventNotification");
        assertEquals(
                "InvalidFirmwareSigningCertificate", event.payload().get("type").getAsString());
    }

    @Test
    void L01FR03_an_invalid_signature_is_reported_then_raised_as_a_security_event() {
        csms.call("UpdateFirmware", updateFirmware(8));
        system.report(FirmwareUpdateStatusEnum.InvalidSignature, 8);
        expectStatus("FirmwareStatusNotification", "InvalidSignature", 8);
        assertEquals(
                "InvalidFirmwareSignature",
                csms.expectCall("SecurityEventNotification")
                        .payload()
                        .get("type")
                        .getAsString());
    }

    @Test
    void TC_F_19_L01FR26_a_trigger_while_downloading_repeats_Downloading_with_the_requestId() {
        csms.call("UpdateFirmware", updateFirmware(9));
        system.report(FirmwareUpdateStatusEnum.Downloading, 9);
        expectStatus("FirmwareStatusNotification", "Downloading", 9);
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
        expectStatus("FirmwareStatusNotification", "Downloading", 9);
    }

    @Test
    void L01FR25_after_Installed_a_trigger_reports_Idle_without_requestId_but_after_a_failure_the_failure() {
        system.report(FirmwareUpdateStatusEnum.Installed, 10);
        expectStatus("FirmwareStatusNotification", "Installed", 10);
        csms.expectCall("SecurityEventNotification");
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
        expectStatus("FirmwareStatusNotification", "Idle", null);

        system.report(FirmwareUpdateStatusEnum.DownloadFailed, 11);
        expectStatus("FirmwareStatusNotification", "DownloadFailed", 11);
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
        expectStatus("FirmwareStatusNotification", "DownloadFailed", 11);
    }

    @Test
    void L01FR26_after_a_restart_a_trigger_reports_the_last_status_sent_with_its_requestId() throws Exception {
        system.report(FirmwareUpdateStatusEnum.Downloading, 12);
        expectStatus("FirmwareStatusNotification", "Downloading", 12);
        system.report(FirmwareUpdateStatusEnum.DownloadFailed, 12);
        expectStatus("FirmwareStatusNotification", "DownloadFailed", 12);

        restart();
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
        expectStatus("FirmwareStatusNotification", "DownloadFailed", 12);

        // L01.FR.25: once an update ended Installed, a restart does not bring the old status back.
        system.report(FirmwareUpdateStatusEnum.Installed, 13);
        expectStatus("FirmwareStatusNotification", "Installed", 13);
        csms.expectCall("SecurityEventNotification");
        restart();
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"FirmwareStatusNotification\"}"));
        expectStatus("FirmwareStatusNotification", "Idle", null);
        Barrier.assertNoMoreCalls(csms);
    }

    /** A new life on the same data directory: the station boots again on a new connection. */
    private void restart() throws Exception {
        // A round trip first, so every notification of the old life was answered and is not resent.
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"MeterValues\"}"));
        harness.close();
        csms.assertNoViolations();
        harness = new StationHarness(simulator, system, dir);
        csms = simulator.awaitStation(Duration.ofSeconds(10));
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
    }

    @Test
    void N01_GetLog_is_answered_with_the_file_name_then_Uploading_and_Uploaded_with_the_requestId() throws Exception {
        CallOutcome answer = csms.call("GetLog", getLog(5));
        assertEquals("Accepted", answer.payload().get("status").getAsString());
        assertEquals("fake.tar.gz", answer.payload().get("filename").getAsString());

        UploadLogsRequest forSystem = assertInstanceOf(UploadLogsRequest.class, system.nextCommand());
        assertEquals(5, forSystem.requestId());
        assertEquals(1, forSystem.retries(), "OCPP retries 0 = one attempt");
        assertEquals("DiagnosticsLog", forSystem.type());
        assertEquals("https://logs.example/up/", forSystem.location());

        system.report(LogStatusEnum.Uploading, 5);
        expectStatus("LogStatusNotification", "Uploading", 5);
        // TC_F_16: a trigger during the upload repeats Uploading with the requestId.
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"LogStatusNotification\"}"));
        expectStatus("LogStatusNotification", "Uploading", 5);
        system.report(LogStatusEnum.Uploaded, 5);
        expectStatus("LogStatusNotification", "Uploaded", 5);
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"LogStatusNotification\"}"));
        expectStatus("LogStatusNotification", "Idle", null);
    }

    @Test
    void B11_Reset_Immediate_is_answered_first_and_then_the_system_resets() throws Exception {
        CallOutcome answer = csms.call("Reset", json("{\"type\":\"Immediate\"}"));
        assertEquals("Accepted", answer.payload().get("status").getAsString());
        assertEquals("is_reset_allowed NotSpecified", system.nextCommand());
        assertEquals("reset NotSpecified scheduled=false", system.nextCommand());
    }

    @Test
    void B12FR01_Reset_OnIdle_during_an_upload_is_Scheduled_and_happens_when_the_upload_ends() throws Exception {
        csms.call("GetLog", getLog(6));
        system.nextCommand();
        system.report(LogStatusEnum.Uploading, 6);
        expectStatus("LogStatusNotification", "Uploading", 6);

        assertEquals(
                "Scheduled",
                csms.call("Reset", json("{\"type\":\"OnIdle\"}"))
                        .payload()
                        .get("status")
                        .getAsString());
        assertEquals("is_reset_allowed NotSpecified", system.nextCommand());
        assertTrue(system.commands.isEmpty(), "no reset while the upload runs");

        system.report(LogStatusEnum.Uploaded, 6);
        expectStatus("LogStatusNotification", "Uploaded", 6);
        assertEquals("reset NotSpecified scheduled=true", system.nextCommand());
    }

    @Test
    void TC_B_28_B11FR09_a_Reset_of_an_EVSE_is_Rejected_with_UnknownEvse() {
        CallOutcome answer = csms.call("Reset", json("{\"type\":\"OnIdle\",\"evseId\":1}"));
        assertEquals("Rejected", answer.payload().get("status").getAsString());
        assertEquals(
                "UnknownEvse",
                answer.payload().getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        assertTrue(system.commands.isEmpty());
    }

    @Test
    void a_Reset_the_system_does_not_allow_is_Rejected() throws Exception {
        system.resetAllowed = false;
        assertEquals(
                "Rejected",
                csms.call("Reset", json("{\"type\":\"Immediate\"}"))
                        .payload()
                        .get("status")
                        .getAsString());
        assertEquals("is_reset_allowed NotSpecified", system.nextCommand());
        Barrier.assertNoMoreCalls(csms);
        assertTrue(system.commands.isEmpty(), "no reset");
    }

    @Test
    void Part4_5_3_statuses_reported_while_offline_are_delivered_in_order_on_the_reconnect_without_a_new_boot() {
        // A round trip first: the station reads frames in order, so once this is answered it has also read the
        // answer to the boot's security event (else that one is rightly sent again after the reconnect).
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"MeterValues\"}"));
        csms.drop();
        system.report(FirmwareUpdateStatusEnum.Downloading, 12);
        system.report(FirmwareUpdateStatusEnum.Downloaded, 12);
        system.report(LogStatusEnum.Uploading, 13);
        csms = simulator.awaitStation(Duration.ofSeconds(10));
        // The boot was Accepted in this life: the queue resumes at once, with no BootNotification first.
        expectStatus("FirmwareStatusNotification", "Downloading", 12);
        expectStatus("FirmwareStatusNotification", "Downloaded", 12);
        expectStatus("LogStatusNotification", "Uploading", 13);
    }

    @Test
    void the_CSMS_time_from_boot_and_heartbeat_reaches_the_system() {
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"Heartbeat\"}"));
        csms.expectCall("Heartbeat");
        Barrier.assertNoMoreCalls(csms);
        assertEquals(2, system.systemTimes.size(), "boot and heartbeat: " + system.systemTimes);
    }

    @Test
    void a_station_without_EVSEs_rejects_remote_starts_and_stops_instead_of_not_supporting_them() {
        assertEquals(
                "Rejected",
                csms.call(
                                "RequestStartTransaction",
                                json("{\"idToken\":{\"idToken\":\"T1\",\"type\":\"ISO14443\"},\"remoteStartId\":1,"
                                        + "\"evseId\":1}"))
                        .payload()
                        .get("status")
                        .getAsString());
        CallOutcome stop = csms.call("RequestStopTransaction", json("{\"transactionId\":\"TX-1\"}"));
        assertEquals("Rejected", stop.payload().get("status").getAsString());
        assertEquals(
                "UnknownTransaction",
                stop.payload().getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        Barrier.assertNoMoreCalls(csms);
    }

    @Test
    void issue15_point3_integers_beyond_32_bits_are_refused_not_wrapped() throws Exception {
        // Each of these was once wrapped and acted on (requestId 1, 2, 0; one attempt; a 1 s interval).
        List<String> frames = List.of(
                "[2,\"w1\",\"GetLog\",{\"requestId\":4294967297,\"logType\":\"DiagnosticsLog\","
                        + "\"log\":{\"remoteLocation\":\"https://logs.example/up/\"}}]",
                "[2,\"w2\",\"UpdateFirmware\",{\"requestId\":4294967298,\"firmware\":{"
                        + "\"location\":\"https://fw.example/fw.bin\",\"retrieveDateTime\":\"2026-01-01T00:00:00Z\"}}]",
                "[2,\"w3\",\"UpdateFirmware\",{\"requestId\":9007199254740992,\"firmware\":{"
                        + "\"location\":\"https://fw.example/fw.bin\",\"retrieveDateTime\":\"2026-01-01T00:00:00Z\"}}]",
                "[2,\"w4\",\"UpdateFirmware\",{\"requestId\":3,\"retries\":4294967296,\"firmware\":{"
                        + "\"location\":\"https://fw.example/fw.bin\",\"retrieveDateTime\":\"2026-01-01T00:00:00Z\"}}]",
                "[2,\"w5\",\"GetLog\",{\"requestId\":4,\"retryInterval\":4294967297,\"logType\":\"DiagnosticsLog\","
                        + "\"log\":{\"remoteLocation\":\"https://logs.example/up/\"}}]",
                // nested: TriggerMessage evse.id, GetVariables getVariableData[].component.evse.id
                "[2,\"w6\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\",\"evse\":{\"id\":-2147483649}}]",
                "[2,\"w7\",\"GetVariables\",{\"getVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\","
                        + "\"evse\":{\"id\":1,\"connectorId\":2147483648}},\"variable\":{\"name\":\"HeartbeatInterval\"}}]}]",
                "[2,\"w8\",\"Reset\",{\"type\":\"Immediate\",\"evseId\":4294967296}]");
        for (int i = 0; i < frames.size(); i++) {
            csms.sendRaw(frames.get(i));
            CallOutcome.Error error = csms.expectCallError(Duration.ofSeconds(5));
            assertEquals("w" + (i + 1), error.messageId());
            assertEquals("TypeConstraintViolation", error.code(), frames.get(i));
        }
        // The barrier: frames are handled in order, so nothing above reached the system.
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"Heartbeat\"}"));
        csms.expectCall("Heartbeat");
        assertTrue(system.commands.isEmpty(), "nothing reached the system: " + system.commands);
    }

    @Test
    void issue15_point5_an_id_with_a_lone_surrogate_comes_back_over_the_socket_as_it_was_sent() {
        csms.sendRaw("[2,\"id-\\ud824\",\"TriggerMessage\",{\"requestedMessage\":\"Heartbeat\"}]");
        String answer = csms.expectRaw(Duration.ofSeconds(5)).text();
        assertTrue(answer.startsWith("[3,\"id-\\ud824\","), answer);
        csms.expectCall("Heartbeat");
    }

    @Test
    void issue15_point1_100_invalid_frames_in_a_row_close_the_connection_with_1008_and_the_bridge_reconnects() {
        for (int i = 0; i < 100; i++) {
            csms.sendRaw("[2,\"b" + i + "\",\"Reset\",{\"type\":\"Sideways\"}]");
        }
        assertEquals(1008, csms.awaitClose(Duration.ofSeconds(10)).code());
        csms = simulator.awaitStation(Duration.ofSeconds(10));
        // Part 4 §5.3: the boot was Accepted, so the reconnect sends no BootNotification and the station answers
        // at once.
        assertEquals(
                "Accepted",
                csms.call("TriggerMessage", json("{\"requestedMessage\":\"Heartbeat\"}"))
                        .payload()
                        .get("status")
                        .getAsString());
        csms.expectCall("Heartbeat");
    }

    @Test
    void issue15_point1_a_valid_frame_starts_the_count_of_invalid_ones_again() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 99; i++) {
                csms.sendRaw("[2,\"b" + round + "-" + i + "\",\"Reset\",{\"type\":\"Sideways\"}]");
            }
            // NotImplemented, NotSupported and the like are valid exchanges, and so is this one.
            csms.sendRaw("[2,\"ok" + round + "\",\"ThisIsAnUnknownAction\",{}]");
        }
        // The barrier: answered on the same connection, so it was never closed.
        csms.call("TriggerMessage", json("{\"requestedMessage\":\"Heartbeat\"}"));
        csms.expectCall("Heartbeat");
        assertTrue(csms.isOpen());
    }
}
