package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.StationConnection;

/**
 * The controllers on the wire against the whole bridge: the connection variables applied to the real connection
 * and kept across a restart, GetReport (B08), and the ItemsPerMessage/BytesPerMessage limits (B06.FR.16/17,
 * B08.FR.17/18).
 */
class DeviceModelControllersWireTest {

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

    private StationConnection booted() {
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
        return csms;
    }

    private static String set(StationConnection csms, String variable, String value) {
        CallOutcome answer = csms.call(
                "SetVariables",
                json("{\"setVariableData\":[{\"attributeValue\":\"" + value
                        + "\",\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"" + variable
                        + "\"}}]}"));
        return answer.payload()
                .getAsJsonArray("setVariableResult")
                .get(0)
                .getAsJsonObject()
                .get("attributeStatus")
                .getAsString();
    }

    private static String get(StationConnection csms, String component, String variable) {
        CallOutcome answer = csms.call(
                "GetVariables",
                json("{\"getVariableData\":[{\"component\":{\"name\":\"" + component + "\"},\"variable\":{\"name\":\""
                        + variable + "\"}}]}"));
        return answer.payload()
                .getAsJsonArray("getVariableResult")
                .get(0)
                .getAsJsonObject()
                .get("attributeValue")
                .getAsString();
    }

    @Test
    void RetryBackOffWaitMinimum_set_by_the_CSMS_is_used_at_the_next_reconnect_and_after_a_restart() throws Exception {
        // The flags say 120 s: a reconnect within 30 s can only come from the CSMS's value.
        fixture = BridgeFixture.start(
                dir, csms -> csms, bridge -> bridge.retryBackOffWaitMinimum(Duration.ofSeconds(120)));
        StationConnection csms = booted();
        assertEquals("120", get(csms, "OCPPCommCtrlr", "RetryBackOffWaitMinimum"), "the flag is the first value");
        assertEquals("Accepted", set(csms, "RetryBackOffWaitMinimum", "1"));
        csms.close(1000);
        StationConnection again = fixture.csms.awaitStation(Duration.ofSeconds(30)); // Part 4 §5.3 with 1 s
        assertEquals("1", get(again, "OCPPCommCtrlr", "RetryBackOffWaitMinimum"));

        fixture.stopBridge();
        fixture.startBridge();
        StationConnection restarted = booted();
        assertEquals(
                "1", get(restarted, "OCPPCommCtrlr", "RetryBackOffWaitMinimum"), "kept: the flag is not read again");
        restarted.close(1000);
        fixture.csms.awaitStation(Duration.ofSeconds(30)).assertNoViolations();
    }

    @Test
    void WebSocketPingInterval_set_by_the_CSMS_applies_at_once_and_is_kept_across_a_restart() throws Exception {
        // The flag turns pings off: a ping can only come from the CSMS's value.
        fixture = BridgeFixture.start(dir, csms -> csms, bridge -> bridge.pingInterval(Duration.ZERO));
        StationConnection csms = booted();
        assertEquals("0", get(csms, "OCPPCommCtrlr", "WebSocketPingInterval"));
        assertEquals("Accepted", set(csms, "WebSocketPingInterval", "1"));
        csms.expectPing(Duration.ofSeconds(15)); // on the connection that was open when it was set
        csms.expectPing(Duration.ofSeconds(15));

        fixture.stopBridge();
        fixture.startBridge();
        StationConnection restarted = booted();
        assertEquals("1", get(restarted, "OCPPCommCtrlr", "WebSocketPingInterval"));
        restarted.expectPing(Duration.ofSeconds(15));
        restarted.assertNoViolations();
    }

    private static List<String> reported(JsonObject notifyReport) {
        List<String> names = new ArrayList<>();
        for (JsonElement item : notifyReport.getAsJsonArray("reportData")) {
            JsonObject variable = item.getAsJsonObject().getAsJsonObject("variable");
            names.add(item.getAsJsonObject()
                            .getAsJsonObject("component")
                            .get("name")
                            .getAsString()
                    + "." + variable.get("name").getAsString()
                    + (variable.has("instance") ? "[" + variable.get("instance").getAsString() + "]" : ""));
        }
        return names;
    }

    @Test
    void B08_GetReport_is_answered_then_reports_what_matches_and_an_empty_match_sends_nothing() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        CallOutcome answer = csms.call(
                "GetReport",
                json("{\"requestId\":54,\"componentVariable\":[{\"component\":{\"name\":\"DeviceDataCtrlr\"},"
                        + "\"variable\":{\"name\":\"ItemsPerMessage\"}}]}"));
        assertEquals("Accepted", answer.payload().get("status").getAsString());
        JsonObject report = csms.expectCall("NotifyReport").payload();
        assertEquals(54, report.get("requestId").getAsInt()); // B08.FR.03
        assertEquals(0, report.get("seqNo").getAsInt());
        assertFalse(report.has("tbc") && report.get("tbc").getAsBoolean());
        assertEquals(
                List.of(
                        "DeviceDataCtrlr.ItemsPerMessage[GetReport]",
                        "DeviceDataCtrlr.ItemsPerMessage[GetVariables]",
                        "DeviceDataCtrlr.ItemsPerMessage[SetVariables]"),
                reported(report)); // TC_B_54

        CallOutcome problem = csms.call("GetReport", json("{\"requestId\":55,\"componentCriteria\":[\"Problem\"]}"));
        assertEquals("EmptyResultSet", problem.payload().get("status").getAsString()); // B08.FR.10
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();
    }

    @Test
    void B08FR17_more_componentVariable_than_ItemsPerMessage_is_a_CALLERROR_OccurrenceConstraintViolation()
            throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        JsonArray wanted = new JsonArray();
        for (int i = 0; i <= DeviceModel.ITEMS_PER_MESSAGE; i++) {
            wanted.add(json("{\"component\":{\"name\":\"ClockCtrlr\"}}"));
        }
        JsonObject request = json("{\"requestId\":1}");
        request.add("componentVariable", wanted);
        assertEquals(
                "OccurrenceConstraintViolation",
                csms.call("GetReport", request).error().code());
        csms.assertNoViolations();
    }

    @Test
    void the_answer_to_ItemsPerMessage_items_with_the_longest_values_stays_within_BytesPerMessage() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        JsonArray items = new JsonArray();
        String[][] longest = {
            {"SecurityCtrlr", "OrganizationName"}, {"OCPPCommCtrlr", "FileTransferProtocols"},
            {"SecurityCtrlr", "Identity"}, {"ClockCtrlr", "DateTime"}
        };
        for (int i = 0; i < DeviceModel.ITEMS_PER_MESSAGE; i++) {
            String[] pick = longest[i % longest.length];
            items.add(
                    json("{\"component\":{\"name\":\"" + pick[0] + "\"},\"variable\":{\"name\":\"" + pick[1] + "\"}}"));
        }
        JsonObject request = new JsonObject();
        request.add("getVariableData", items);
        CallOutcome answer = csms.call("GetVariables", request);
        String frame = "[3,\"" + "m".repeat(36) + "\"," + answer.payload() + "]";
        assertEquals(
                DeviceModel.ITEMS_PER_MESSAGE,
                answer.payload().getAsJsonArray("getVariableResult").size());
        assertTrue(
                frame.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < DeviceModel.BYTES_PER_MESSAGE,
                frame.length() + " bytes");
        csms.assertNoViolations();
    }

    /** A request that is valid but longer than BytesPerMessage: its customData carries a long vendor field. */
    private static JsonObject padded(String request) {
        JsonObject payload = json(request);
        JsonObject customData = new JsonObject();
        customData.addProperty("vendorId", "org.ocppbridge.test");
        customData.addProperty("padding", "x".repeat(DeviceModel.BYTES_PER_MESSAGE));
        payload.add("customData", customData);
        return payload;
    }

    @Test
    void B06FR17_B08FR18_a_request_longer_than_BytesPerMessage_is_a_CALLERROR_FormatViolation() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        String clock = "{\"component\":{\"name\":\"ClockCtrlr\"},\"variable\":{\"name\":\"TimeSource\"}}";
        assertEquals(
                "FormatViolation",
                csms.call("GetVariables", padded("{\"getVariableData\":[" + clock + "]}"))
                        .error()
                        .code());
        assertEquals(
                "FormatViolation",
                csms.call(
                                "SetVariables",
                                padded("{\"setVariableData\":[{\"attributeValue\":\"Heartbeat\"," + clock.substring(1)
                                        + "]}"))
                        .error()
                        .code());
        assertEquals(
                "FormatViolation",
                csms.call("GetReport", padded("{\"requestId\":3}")).error().code());
        // Just under the limit the same request is answered.
        JsonObject under = json("{\"getVariableData\":[" + clock + "]}");
        JsonObject customData = new JsonObject();
        customData.addProperty("vendorId", "org.ocppbridge.test");
        customData.addProperty("padding", "x".repeat(DeviceModel.BYTES_PER_MESSAGE - 1000));
        under.add("customData", customData);
        assertEquals(
                "Heartbeat",
                csms.call("GetVariables", under)
                        .payload()
                        .getAsJsonArray("getVariableResult")
                        .get(0)
                        .getAsJsonObject()
                        .get("attributeValue")
                        .getAsString());
        csms.assertNoViolations();
    }
}
