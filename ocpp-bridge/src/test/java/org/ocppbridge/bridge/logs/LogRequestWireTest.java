package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * N01.FR.05 on the wire (issue 14, point 10): a bridge started without {@code --log-dir} has no diagnostics logs
 * (no charger logs, no own log file), so a GetLog DiagnosticsLog is Rejected with a statusInfo saying why, and no
 * empty archive is uploaded and reported Uploaded. A SecurityLog to the same real HTTP server still goes through.
 */
class LogRequestWireTest {

    @TempDir
    Path dir;

    @Test
    void N01FR05_a_DiagnosticsLog_with_nothing_to_collect_is_Rejected_with_statusInfo_and_nothing_is_uploaded()
            throws Exception {
        try (UploadReceiver receiver = UploadReceiver.start(dir.resolve("received"), Duration.ofSeconds(20));
                BridgeFixture fixture = BridgeFixture.startWithoutLogDir(dir.resolve("bridge"))) {
            StationConnection csms = fixture.station();
            csms.expectCall("BootNotification");
            csms.expectCall("SecurityEventNotification");

            JsonObject answer =
                    csms.call("GetLog", getLog(41, "DiagnosticsLog", receiver)).payload();
            assertEquals("Rejected", answer.get("status").getAsString(), answer.toString());
            assertFalse(answer.has("filename"), "no archive is named: " + answer);
            JsonObject info = answer.getAsJsonObject("statusInfo");
            assertEquals("NotFound", info.get("reasonCode").getAsString(), answer.toString());
            assertTrue(
                    info.get("additionalInfo").getAsString().contains("--log-dir"), "the statusInfo says why: " + info);
            // No LogStatusNotification (Uploading, Uploaded or a failure) follows the refusal.
            Barrier.assertNoMoreCalls(csms);
            assertEquals(0, receiver.requests(), "nothing was uploaded");
            assertFalse(Files.exists(fixture.logDir.resolve("ocpp-bridge.log")), "there is no own log file");

            // The server works, and a log that exists is collected: the security log.
            JsonObject security =
                    csms.call("GetLog", getLog(42, "SecurityLog", receiver)).payload();
            assertEquals("Accepted", security.get("status").getAsString(), security.toString());
            assertEquals(
                    "Uploading",
                    csms.expectCall("LogStatusNotification")
                            .payload()
                            .get("status")
                            .getAsString());
            JsonObject uploaded = csms.expectCall("LogStatusNotification").payload();
            assertEquals("Uploaded", uploaded.get("status").getAsString());
            assertEquals(42, uploaded.get("requestId").getAsInt());
            assertTrue(
                    receiver.awaitUpload(Duration.ofSeconds(15)).fileName().contains("SecurityLog"),
                    "the security log reached the server");
            Barrier.assertNoMoreCalls(csms);
            csms.assertNoViolations();
        }
    }

    private static JsonObject getLog(int requestId, String logType, UploadReceiver receiver) {
        return JsonParser.parseString("{\"requestId\":" + requestId + ",\"logType\":\"" + logType
                        + "\",\"retries\":0,\"log\":{\"remoteLocation\":\"" + receiver.uri("/in/") + "\"}}")
                .getAsJsonObject();
    }
}
