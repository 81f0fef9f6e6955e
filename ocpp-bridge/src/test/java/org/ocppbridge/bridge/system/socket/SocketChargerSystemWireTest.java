package org.ocppbridge.bridge.system.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.firmware.LockedVirtualScheduler;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.FakeCharger;
import org.ocppbridge.bridge.testing.StationHarness;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * The charger's software as the system, end to end: a fake charger on the bridge's Unix socket, the bridge, and
 * the CSMS simulator on a real WebSocket; every CALLRESULT and notification checked in order.
 */
class SocketChargerSystemWireTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String UPDATE = "{\"requestId\":7,\"retries\":2,\"retryInterval\":30,\"firmware\":{"
            + "\"location\":\"https://fw.example/fw-2.0.bin\",\"retrieveDateTime\":\"2030-01-02T03:04:05Z\","
            + "\"signingCertificate\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\","
            + "\"signature\":\"c2lnbmF0dXJl\"}}";
    private static final String GET_LOG = "{\"logType\":\"DiagnosticsLog\",\"requestId\":3,"
            + "\"log\":{\"remoteLocation\":\"ftp://logs.example/upload\"}}";

    @TempDir
    Path dir;

    private BridgeFixture fixture;
    private FakeCharger charger;

    @AfterEach
    void stop() throws Exception {
        if (charger != null) {
            charger.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private Path socket() {
        return dir.resolve("sys.sock");
    }

    /** Bridge with the system on the socket, a connected charger, and a booted station. */
    private StationConnection start(Duration systemTimeout) throws Exception {
        fixture = BridgeFixture.start(dir, sim -> sim.defaultReplies(true), cfg -> cfg.systemSocket(socket())
                .systemTimeout(systemTimeout));
        charger = FakeCharger.connect(socket());
        StationConnection csms = fixture.station();
        assertEquals(
                "PowerUp",
                csms.expectCall("BootNotification").payload().get("reason").getAsString());
        csms.expectCall("SecurityEventNotification");
        return csms;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static CallOutcome outcome(CompletableFuture<CallOutcome> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void expectFirmwareStatus(StationConnection csms, String status, int requestId) {
        IncomingCall call = csms.expectCall("FirmwareStatusNotification", WAIT);
        assertEquals(status, call.payload().get("status").getAsString(), call.toString());
        // L01.FR.20: every status of the update carries its requestId.
        assertEquals(requestId, call.payload().get("requestId").getAsInt(), call.toString());
    }

    private static void expectLogStatus(StationConnection csms, String status, int requestId) {
        IncomingCall call = csms.expectCall("LogStatusNotification", WAIT);
        assertEquals(status, call.payload().get("status").getAsString(), call.toString());
        assertEquals(requestId, call.payload().get("requestId").getAsInt(), call.toString());
    }

    @Test
    void TC_L_01_firmware_update_runs_on_the_charger_and_every_status_reaches_the_CSMS_in_order() throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        CompletableFuture<CallOutcome> answer = csms.sendCall("UpdateFirmware", json(UPDATE));
        JsonObject command = charger.expectCommand("update_firmware");
        JsonObject payload = command.getAsJsonObject("payload");
        assertEquals(7, payload.get("request_id").getAsInt());
        assertEquals("https://fw.example/fw-2.0.bin", payload.get("location").getAsString());
        assertEquals("2030-01-02T03:04:05Z", payload.get("retrieve_timestamp").getAsString());
        assertEquals(3, payload.get("retries").getAsInt(), "OCPP's 2 retries are 3 attempts");
        assertEquals(30, payload.get("retry_interval_s").getAsInt());
        assertEquals("c2lnbmF0dXJl", payload.get("signature").getAsString());
        assertTrue(payload.get("signing_certificate").getAsString().startsWith("-----BEGIN CERTIFICATE-----"));
        assertFalse(payload.has("install_timestamp"), "absent stays absent");
        assertTrue(new org.ocppbridge.schemas.JsonSchemas()
                .validate("system/FirmwareUpdateRequest", payload.toString())
                .isEmpty());
        charger.reply(command, "\"Accepted\"");
        assertEquals("Accepted", outcome(answer).payload().get("status").getAsString());

        for (String status :
                new String[] {"Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed"}) {
            charger.firmwareStatus(status, 7);
            expectFirmwareStatus(csms, status, 7);
        }
        // TC_L_01 step 7: the installed firmware is also a security event.
        assertEquals(
                "FirmwareUpdated",
                csms.expectCall("SecurityEventNotification", WAIT)
                        .payload()
                        .get("type")
                        .getAsString());
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();
    }

    @Test
    void N01_log_upload_runs_on_the_charger_with_its_file_name_and_statuses() throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        CompletableFuture<CallOutcome> answer = csms.sendCall("GetLog", json(GET_LOG));
        JsonObject command = charger.expectCommand("upload_logs");
        JsonObject payload = command.getAsJsonObject("payload");
        assertEquals(3, payload.get("request_id").getAsInt());
        assertEquals("DiagnosticsLog", payload.get("type").getAsString());
        assertEquals("ftp://logs.example/upload", payload.get("location").getAsString());
        charger.reply(command, "{\"upload_logs_status\":\"Accepted\",\"file_name\":\"diag-2030.tar.gz\"}");
        JsonObject response = outcome(answer).payload();
        assertEquals("Accepted", response.get("status").getAsString());
        assertEquals("diag-2030.tar.gz", response.get("filename").getAsString());

        charger.logStatus("Uploading", 3);
        expectLogStatus(csms, "Uploading", 3);
        charger.logStatus("Uploaded", 3);
        expectLogStatus(csms, "Uploaded", 3);
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();
    }

    @Test
    void B11_reset_asks_the_charger_then_resets_it_and_the_station_boots_RemoteReset_then_a_LocalReset_request()
            throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        CompletableFuture<CallOutcome> answer = csms.sendCall("Reset", json("{\"type\":\"Immediate\"}"));
        JsonObject allowed = charger.expectCommand("is_reset_allowed");
        assertEquals(
                "NotSpecified", allowed.getAsJsonObject("payload").get("type").getAsString());
        charger.reply(allowed, "true");
        assertEquals("Accepted", outcome(answer).payload().get("status").getAsString());

        // Reply first, act second: the reset reaches the charger after the CALLRESULT.
        JsonObject reset = charger.expectCommand("reset");
        assertEquals(
                "NotSpecified", reset.getAsJsonObject("payload").get("type").getAsString());
        assertFalse(reset.getAsJsonObject("payload").get("scheduled").getAsBoolean());
        charger.reply(reset, "null");

        // The bridge restarts too: the charger's connection goes, the CSMS sees the reboot.
        charger.awaitClosed();
        StationConnection rebooted = fixture.station();
        assertEquals(
                "RemoteReset",
                rebooted.expectCall("BootNotification", WAIT)
                        .payload()
                        .get("reason")
                        .getAsString());
        rebooted.expectCall("SecurityEventNotification", WAIT);

        // The charger connects again and asks for a restart of its own: the next boot says LocalReset.
        charger.close();
        charger = FakeCharger.connect(socket());
        charger.send("{\"id\":\"s-1\",\"command\":\"request_reset\",\"payload\":{\"boot_reason\":\"LocalReset\"}}");
        JsonObject accepted = charger.next();
        assertEquals("s-1", accepted.get("id").getAsString());
        assertTrue(accepted.get("result").getAsBoolean());
        StationConnection local = fixture.station();
        assertEquals(
                "LocalReset",
                local.expectCall("BootNotification", WAIT)
                        .payload()
                        .get("reason")
                        .getAsString());
        csms.assertNoViolations();
        rebooted.assertNoViolations();
    }

    @Test
    void bad_lines_get_an_error_line_naming_the_field_and_the_connection_stays_up() throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        charger.send("{not json");
        assertFalse(charger.expectError("MalformedLine").has("field"));
        charger.send("[1,2]");
        charger.expectError("MalformedLine");
        charger.send("{\"id\":\"s-9\",\"command\":\"format_disk\",\"payload\":{}}");
        assertEquals(
                "#/command", charger.expectError("UnknownCommand").get("field").getAsString());
        charger.send("{\"variable\":\"temperature\",\"payload\":{}}");
        assertEquals(
                "#/variable",
                charger.expectError("UnknownVariable").get("field").getAsString());
        charger.variable("firmware_update_status", "{\"firmware_update_status\":\"Downloading\",\"request_id\":\"7\"}");
        assertEquals(
                "#/payload/request_id",
                charger.expectError("InvalidPayload").get("field").getAsString());
        charger.variable("firmware_update_status", "{\"firmware_update_status\":\"Downloading\"}");
        assertEquals(
                "#/payload/request_id",
                charger.expectError("InvalidPayload").get("field").getAsString());
        charger.variable("log_status", "{\"log_status\":\"Sleeping\",\"request_id\":3}");
        assertEquals(
                "#/payload/log_status",
                charger.expectError("InvalidPayload").get("field").getAsString());
        charger.send("{\"id\":\"s-2\",\"command\":\"request_reset\",\"payload\":{\"boot_reason\":\"RemoteReset\"}}");
        JsonObject error = charger.expectError("InvalidPayload");
        assertEquals("#/payload/boot_reason", error.get("field").getAsString());
        charger.send("{\"id\":42,\"result\":true}");
        assertEquals("#/id", charger.expectError("InvalidEnvelope").get("field").getAsString());
        charger.send("{\"hello\":true}");
        charger.expectError("InvalidEnvelope");
        // An error line from the charger is never answered with another error line.
        charger.send("{\"id\":\"b-999\",\"error\":{\"code\":\"Oops\",\"message\":\"late\"}}");

        // Nothing of that reached the CSMS, and the connection still carries a good status.
        charger.logStatus("Uploading", 5);
        expectLogStatus(csms, "Uploading", 5);
        Barrier.assertNoMoreCalls(csms);
    }

    @Test
    void L01FR20_N01FR13_a_status_without_a_request_is_refused_and_an_unasked_Idle_is_not_forwarded() throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        // The system's "no request" (-1) is no request_id for a status that belongs to a request.
        charger.variable("firmware_update_status", "{\"firmware_update_status\":\"Downloading\",\"request_id\":-1}");
        JsonObject firmware = charger.expectError("InvalidPayload");
        assertEquals("#/payload/request_id", firmware.get("field").getAsString());
        assertTrue(firmware.get("message").getAsString().contains("L01.FR.20"), firmware.toString());
        charger.variable("log_status", "{\"log_status\":\"Uploaded\",\"request_id\":-1}");
        JsonObject log = charger.expectError("InvalidPayload");
        assertEquals("#/payload/request_id", log.get("field").getAsString());
        assertTrue(log.get("message").getAsString().contains("N01.FR.13"), log.toString());

        // Idle, with or without request_id: taken without an error, not sent to the CSMS.
        charger.variable("firmware_update_status", "{\"firmware_update_status\":\"Idle\"}");
        charger.variable("log_status", "{\"log_status\":\"Idle\",\"request_id\":4}");
        charger.logStatus("Uploading", 5);
        expectLogStatus(csms, "Uploading", 5);
        Barrier.assertNoMoreCalls(csms);
        // The charger's barrier: lines are answered in order, so this error is the first only if Idle got none.
        charger.send("{\"hello\":true}");
        charger.expectError("InvalidEnvelope");
    }

    @Test
    void an_answer_that_breaks_its_schema_is_refused_and_the_CSMS_gets_Rejected() throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        CompletableFuture<CallOutcome> answer = csms.sendCall("UpdateFirmware", json(UPDATE));
        JsonObject command = charger.expectCommand("update_firmware");
        charger.reply(command, "\"Maybe\"");
        JsonObject error = charger.expectError("InvalidPayload");
        assertEquals("#/result", error.get("field").getAsString());
        JsonObject response = outcome(answer).payload();
        assertEquals("Rejected", response.get("status").getAsString());
        assertEquals(
                "InternalError",
                response.getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        csms.assertNoViolations();
    }

    @Test
    void a_charger_that_does_not_answer_in_time_means_Rejected_and_its_late_answer_is_an_unknown_id() throws Exception {
        // The system's time-out runs in virtual time: the test moves it, nothing waits on the wall clock.
        LockedVirtualScheduler timer = new LockedVirtualScheduler();
        SocketChargerSystem system = SocketChargerSystem.open(
                new SystemSocketSettings(Optional.of(socket()), Optional.empty(), Duration.ofSeconds(1)),
                new JsonSchemas(),
                timer,
                reason -> {},
                BootReason.PowerUp);
        try (CsmsSimulator simulator =
                        CsmsSimulator.builder().defaultReplies(true).start();
                StationHarness harness = new StationHarness(simulator, system, dir)) {
            StationConnection csms = simulator.awaitStation(WAIT);
            csms.expectCall("BootNotification");
            csms.expectCall("SecurityEventNotification");
            charger = FakeCharger.connect(socket());

            CompletableFuture<CallOutcome> answer = csms.sendCall("GetLog", json(GET_LOG));
            JsonObject command = charger.expectCommand("upload_logs");
            timer.awaitPending(1);
            timer.advanceBy(Duration.ofMillis(999));
            assertFalse(answer.isDone(), "no answer before the system's time-out");
            timer.advanceBy(Duration.ofMillis(1));
            JsonObject response = outcome(answer).payload();
            assertEquals("Rejected", response.get("status").getAsString());
            assertEquals(
                    "InternalError",
                    response.getAsJsonObject("statusInfo").get("reasonCode").getAsString());
            assertTrue(response.getAsJsonObject("statusInfo")
                    .get("additionalInfo")
                    .getAsString()
                    .contains("did not answer upload_logs"));

            // Out of order: the answer comes after the bridge stopped waiting.
            charger.reply(command, "{\"upload_logs_status\":\"Accepted\"}");
            assertEquals("#/id", charger.expectError("UnknownId").get("field").getAsString());
            Barrier.assertNoMoreCalls(csms);
        } finally {
            system.close();
        }
    }

    @Test
    void a_charger_that_disappears_mid_update_gets_Rejected_for_what_waits_and_its_statuses_flow_after_reconnect()
            throws Exception {
        StationConnection csms = start(Duration.ofSeconds(5));

        CompletableFuture<CallOutcome> first = csms.sendCall("UpdateFirmware", json(UPDATE));
        charger.reply(charger.expectCommand("update_firmware"), "\"Accepted\"");
        assertEquals("Accepted", outcome(first).payload().get("status").getAsString());
        charger.firmwareStatus("Downloading", 7);
        expectFirmwareStatus(csms, "Downloading", 7);

        // A second request reaches the charger, which goes away without answering: Rejected at once.
        CompletableFuture<CallOutcome> second =
                csms.sendCall("UpdateFirmware", json(UPDATE.replace("\"requestId\":7", "\"requestId\":8")));
        charger.expectCommand("update_firmware");
        charger.close();
        JsonObject rejected = outcome(second).payload();
        assertEquals("Rejected", rejected.get("status").getAsString());
        assertTrue(
                rejected.getAsJsonObject("statusInfo")
                        .get("additionalInfo")
                        .getAsString()
                        .contains("disconnected"),
                rejected.toString());

        // The charger comes back and finishes the first update; its statuses still flow.
        charger = FakeCharger.connect(socket());
        for (String status : new String[] {"Downloaded", "SignatureVerified", "Installing", "Installed"}) {
            charger.firmwareStatus(status, 7);
            expectFirmwareStatus(csms, status, 7);
        }
        csms.expectCall("SecurityEventNotification", WAIT);
        csms.assertNoViolations();
    }

    @Test
    void with_no_charger_connected_UpdateFirmware_GetLog_and_Reset_are_Rejected_with_a_reason() throws Exception {
        fixture = BridgeFixture.start(dir, sim -> sim.defaultReplies(true), cfg -> cfg.systemSocket(socket())
                .systemTimeout(Duration.ofSeconds(5)));
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        for (String[] call :
                new String[][] {{"UpdateFirmware", UPDATE}, {"GetLog", GET_LOG}, {"Reset", "{\"type\":\"Immediate\"}"}
                }) {
            JsonObject response = csms.call(call[0], json(call[1]), WAIT).payload();
            assertEquals("Rejected", response.get("status").getAsString(), call[0]);
            JsonObject statusInfo = response.getAsJsonObject("statusInfo");
            assertEquals("InternalError", statusInfo.get("reasonCode").getAsString(), call[0]);
            assertEquals(
                    "no charger system is connected",
                    statusInfo.get("additionalInfo").getAsString());
        }
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();
    }

    @Test
    void a_charger_can_connect_over_TCP_on_loopback() throws Exception {
        fixture = BridgeFixture.start(
                dir,
                sim -> sim.defaultReplies(true),
                cfg -> cfg.systemListen(new org.ocppbridge.bridge.config.ListenAddress("127.0.0.1", 0)));
        SocketChargerSystem system =
                (SocketChargerSystem) fixture.bridge().runtime().system();
        charger = FakeCharger.connect(system.tcpAddress().orElseThrow());
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        charger.logStatus("Uploading", 11);
        expectLogStatus(csms, "Uploading", 11);
    }
}
