package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.StationConnection;

/** GetVariables and SetVariables (B05, B06) on the wire against the whole bridge, restarts included. */
class DeviceModelWireTest {

    private static final String OFFLINE_THRESHOLD =
            "\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"OfflineThreshold\"}";

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

    private static JsonObject firstResult(CallOutcome outcome, String array) {
        return outcome.payload().getAsJsonArray(array).get(0).getAsJsonObject();
    }

    private StationConnection booted() {
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");
        return csms;
    }

    @Test
    void a_value_the_CSMS_set_is_read_back_after_the_bridge_restarts() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        CallOutcome set = csms.call(
                "SetVariables", json("{\"setVariableData\":[{\"attributeValue\":\"900\"," + OFFLINE_THRESHOLD + "}]}"));
        assertEquals(
                "Accepted",
                firstResult(set, "setVariableResult").get("attributeStatus").getAsString());

        fixture.stopBridge();
        fixture.startBridge();
        StationConnection again = booted();
        JsonObject got = firstResult(
                again.call("GetVariables", json("{\"getVariableData\":[{" + OFFLINE_THRESHOLD + "}]}")),
                "getVariableResult");
        assertEquals("900", got.get("attributeValue").getAsString());
        assertEquals("Actual", got.get("attributeType").getAsString());
        again.assertNoViolations();
    }

    @Test
    void more_items_than_ItemsPerMessage_is_a_CALLERROR_OccurrenceConstraintViolation() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= DeviceModel.ITEMS_PER_MESSAGE; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{")
                    .append(OFFLINE_THRESHOLD)
                    .append("}");
        }
        CallOutcome answer = csms.call("GetVariables", json("{\"getVariableData\":[" + items + "]}"));
        assertEquals("OccurrenceConstraintViolation", answer.error().code());
        csms.assertNoViolations();
    }

    @Test
    void a_new_HeartbeatInterval_takes_effect_at_once() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        CallOutcome set = csms.call(
                "SetVariables",
                json("{\"setVariableData\":[{\"attributeValue\":\"1\",\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                        + "\"variable\":{\"name\":\"HeartbeatInterval\"}}]}"));
        assertEquals(
                "Accepted",
                firstResult(set, "setVariableResult").get("attributeStatus").getAsString());
        long before = System.nanoTime();
        csms.expectCall("Heartbeat", Duration.ofSeconds(15));
        csms.expectCall("Heartbeat", Duration.ofSeconds(15));
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        // Two heartbeats well inside the old 300 s interval: the new one is in use (generous for a loaded machine).
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "two heartbeats at 1 s, not 300 s: " + took);
        csms.assertNoViolations();
    }

    @Test
    void B07_GetBaseReport_is_answered_first_then_the_report_follows_as_NotifyReport() throws Exception {
        fixture = BridgeFixture.start(dir);
        StationConnection csms = booted();
        CallOutcome answer = csms.call("GetBaseReport", json("{\"requestId\":17,\"reportBase\":\"FullInventory\"}"));
        assertEquals("Accepted", answer.payload().get("status").getAsString());
        JsonObject report = csms.expectCall("NotifyReport").payload();
        assertEquals(17, report.get("requestId").getAsInt());
        assertEquals(0, report.get("seqNo").getAsInt());
        assertTrue(!report.has("tbc") || !report.get("tbc").getAsBoolean(), "one part: tbc false or absent");
        assertEquals(27, report.getAsJsonArray("reportData").size()); // the README's table: 27 without a password

        CallOutcome summary =
                csms.call("GetBaseReport", json("{\"requestId\":18,\"reportBase\":\"SummaryInventory\"}"));
        assertEquals("EmptyResultSet", summary.payload().get("status").getAsString());
        Barrier.assertNoMoreCalls(csms); // SummaryInventory: EmptyResultSet and no NotifyReport
        csms.assertNoViolations();
    }
}
