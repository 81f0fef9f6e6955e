package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * A01 in process, over real WebSockets: SetVariables SecurityCtrlr.BasicAuthPassword, the reconnect with the new
 * password, the security event, the fallback when the CSMS refuses the new one, and the password kept across a
 * restart.
 */
class PasswordRotationWireTest {

    private static final String FIRST = "first-password-00001";
    private static final String NEXT = "next-password-000002";

    @TempDir
    Path dir;

    private static JsonObject setPassword(String password) {
        return JsonParser.parseString("{\"setVariableData\":[{\"component\":{\"name\":\"SecurityCtrlr\"},"
                        + "\"variable\":{\"name\":\"BasicAuthPassword\"},\"attributeValue\":\"" + password + "\"}]}")
                .getAsJsonObject();
    }

    private static String passwordOf(HandshakeAttempt attempt) {
        String decoded = new String(
                Base64.getDecoder().decode(attempt.header("Authorization").substring(6)), StandardCharsets.UTF_8);
        return decoded.substring(decoded.indexOf(':') + 1);
    }

    private static String status(CallOutcome outcome) {
        return outcome.payload()
                .getAsJsonArray("setVariableResult")
                .get(0)
                .getAsJsonObject()
                .get("attributeStatus")
                .getAsString();
    }

    private static void expectEvent(StationConnection station, String type) {
        IncomingCall event = station.expectCall("SecurityEventNotification");
        assertEquals(type, event.payload().get("type").getAsString());
    }

    @Test
    void TC_A_09_the_new_password_is_used_by_the_next_connection_and_kept_across_a_restart() throws Exception {
        try (BridgeFixture bridge =
                BridgeFixture.start(dir, csms -> csms.basicAuth(FIRST), b -> b.basicAuthPassword(FIRST))) {
            StationConnection first = bridge.station();
            first.expectCall("BootNotification");
            expectEvent(first, "StartupOfTheDevice");
            bridge.csms.requireBasicAuthPassword(NEXT);

            assertEquals("Accepted", status(first.call("SetVariables", setPassword(NEXT), Duration.ofSeconds(10))));

            StationConnection second = bridge.station();
            assertEquals(NEXT, passwordOf(second.handshake()));
            second.expectCall("BootNotification");
            expectEvent(second, "ReconfigurationOfSecurityParameters");
            Path file = dir.resolve("data").resolve("basic-auth-password");
            assertEquals(NEXT + "\n\n", Files.readString(file));

            bridge.stopBridge();
            bridge.startBridge();
            assertEquals(NEXT, passwordOf(bridge.station().handshake()), "the flag is only the first value");
        }
    }

    @Test
    void A01_a_new_password_the_CSMS_refuses_falls_back_to_the_old_one_and_is_reported() throws Exception {
        try (BridgeFixture bridge =
                BridgeFixture.start(dir, csms -> csms.basicAuth(FIRST), b -> b.basicAuthPassword(FIRST))) {
            StationConnection first = bridge.station();
            first.expectCall("BootNotification");
            expectEvent(first, "StartupOfTheDevice");

            // The CSMS accepts the change but keeps checking the old password.
            assertEquals("Accepted", status(first.call("SetVariables", setPassword(NEXT), Duration.ofSeconds(10))));

            StationConnection back = bridge.station();
            assertEquals(FIRST, passwordOf(back.handshake()));
            assertTrue(bridge.csms.handshakeAttempts().stream()
                    .anyMatch(a -> a.status() == 401 && passwordOf(a).equals(NEXT)));
            back.expectCall("BootNotification");
            expectEvent(back, "FailedToAuthenticateAtCsms");
            assertEquals(FIRST + "\n\n", Files.readString(dir.resolve("data").resolve("basic-auth-password")));
        }
    }

    @Test
    void TC_A_10_a_short_password_is_Rejected_and_GetVariables_of_the_password_is_Rejected_WriteOnly()
            throws Exception {
        try (BridgeFixture bridge =
                BridgeFixture.start(dir, csms -> csms.basicAuth(FIRST), b -> b.basicAuthPassword(FIRST))) {
            StationConnection station = bridge.station();
            station.expectCall("BootNotification");
            expectEvent(station, "StartupOfTheDevice");

            assertEquals(
                    "Rejected",
                    status(station.call("SetVariables", setPassword("too-short-15-ch"), Duration.ofSeconds(10))));
            JsonObject get = JsonParser.parseString("{\"getVariableData\":[{\"component\":{\"name\":\"SecurityCtrlr\"},"
                            + "\"variable\":{\"name\":\"BasicAuthPassword\"}}]}")
                    .getAsJsonObject();
            JsonObject result = station.call("GetVariables", get, Duration.ofSeconds(10))
                    .payload()
                    .getAsJsonArray("getVariableResult")
                    .get(0)
                    .getAsJsonObject();
            assertEquals("Rejected", result.get("attributeStatus").getAsString());
            assertEquals(
                    "WriteOnly",
                    result.getAsJsonObject("attributeStatusInfo")
                            .get("reasonCode")
                            .getAsString());
            assertFalse(result.has("attributeValue"));
            assertFalse(Files.exists(dir.resolve("data").resolve("basic-auth-password")));
            station.assertNoViolations();
        }
    }
}
