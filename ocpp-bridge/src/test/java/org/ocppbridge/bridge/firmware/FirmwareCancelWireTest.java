package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SignedFirmware;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * L01.FR.24 and its note (issue 14, point 8): an UpdateFirmware that arrives while an update downloads cancels it
 * even when the new request then fails its own checks. On a real WebSocket, with the image on a real HTTP server
 * that holds the running download in its middle.
 */
class FirmwareCancelWireTest {

    private static final String FSN = "FirmwareStatusNotification";

    /** The ways a request can fail its own checks after the cancel, and what the CSMS hears for each. */
    enum Refusal {
        LOCATION_IN_AN_UNSUPPORTED_SCHEME("Rejected", "InvalidURL", null),
        NO_SIGNATURE("Rejected", "MissingParam", null),
        CERTIFICATE_OF_ANOTHER_MAKER("InvalidCertificate", "InvalidCertificate", "InvalidFirmwareSigningCertificate");

        final String status;
        final String reasonCode;
        final String securityEvent;

        Refusal(String status, String reasonCode, String securityEvent) {
            this.status = status;
            this.reasonCode = reasonCode;
            this.securityEvent = securityEvent;
        }
    }

    @TempDir
    Path dir;

    private SignedFirmware served;
    private BridgeFixture fixture;
    private FirmwareSigner stranger;

    @BeforeEach
    void setUp() throws Exception {
        served = SignedFirmware.serve(dir, KeyType.RSA, 4 * FirmwareFileServer.SLOW_FIRST_CHUNK);
        stranger = TestPki.create("Another Maker Root").issueSigner(KeyType.RSA);
        fixture = BridgeFixture.start(
                dir.resolve("bridge"), sim -> sim, cfg -> cfg.firmwareTrustAnchor(served.trustAnchor));
    }

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
        served.close();
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void L01FR24_note_an_UpdateFirmware_that_fails_its_own_checks_still_cancels_the_running_download(Refusal refusal)
            throws Exception {
        served.http.mode(FirmwareFileServer.Mode.SLOW);
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        csms.expectCall("SecurityEventNotification");

        assertEquals(
                "Accepted",
                csms.call("UpdateFirmware", update(1, served.location(), served.signer))
                        .payload()
                        .get("status")
                        .getAsString());
        assertStatus(csms.expectCall(FSN), "Downloading", 1);
        assertTrue(served.http.awaitSlowStarted(15, TimeUnit.SECONDS), "the first download is held in its middle");

        JsonObject answer = csms.call("UpdateFirmware", refused(2, refusal)).payload();
        assertEquals(refusal.status, answer.get("status").getAsString());
        JsonObject info = answer.getAsJsonObject("statusInfo");
        assertEquals(refusal.reasonCode, info.get("reasonCode").getAsString());
        assertTrue(
                info.get("additionalInfo").getAsString().contains("the running update was cancelled"),
                "the answer says that the running update was cancelled: " + info);
        if (refusal.securityEvent != null) {
            // L01.FR.02: the refused certificate is a security event, after the answer.
            assertEquals(
                    refusal.securityEvent,
                    csms.expectCall("SecurityEventNotification")
                            .payload()
                            .get("type")
                            .getAsString());
        }

        // Nothing runs now: a triggered status is Idle without requestId (L01.FR.25/26), not update 1's Downloading.
        assertTriggeredIdle(csms);
        served.http.release();
        // Update 1 reports nothing more (TC_L_10: from the cancel on, no status carries its requestId).
        Barrier.assertNoMoreCalls(csms);
        csms.assertNoViolations();

        // The cancel is on disk: after a restart update 1 is not resumed, so a new update is Accepted, not
        // AcceptedCanceled (the resume runs before the station handles any CSMS frame).
        fixture.stopBridge();
        fixture.startBridge();
        StationConnection again = fixture.station();
        assertEquals(
                "PowerUp",
                again.expectCall("BootNotification").payload().get("reason").getAsString());
        again.expectCall("SecurityEventNotification");
        assertTriggeredIdle(again);
        JsonObject later = update(3, served.location(), served.signer);
        later.getAsJsonObject("firmware").addProperty("retrieveDateTime", "2099-01-01T00:00:00Z");
        assertEquals(
                "Accepted",
                again.call("UpdateFirmware", later).payload().get("status").getAsString());
        assertStatus(again.expectCall(FSN), "DownloadScheduled", 3);
        Barrier.assertNoMoreCalls(again);
        assertEquals(1, served.http.requestCount("/fw.bin"), "update 1 was downloaded once, and never again");
    }

    private JsonObject refused(int requestId, Refusal refusal) throws Exception {
        return switch (refusal) {
            case LOCATION_IN_AN_UNSUPPORTED_SCHEME -> update(requestId, "scp://fw.example/fw.bin", served.signer);
            case NO_SIGNATURE -> update(requestId, served.location(), null);
            case CERTIFICATE_OF_ANOTHER_MAKER -> update(requestId, served.location(), stranger);
        };
    }

    private JsonObject update(int requestId, String location, FirmwareSigner by) throws Exception {
        return served.updateFirmware(requestId, location, by, Instant.now().minusSeconds(7200), null);
    }

    private static void assertTriggeredIdle(StationConnection csms) {
        assertEquals(
                "Accepted",
                csms.call(
                                "TriggerMessage",
                                JsonParser.parseString("{\"requestedMessage\":\"FirmwareStatusNotification\"}")
                                        .getAsJsonObject())
                        .payload()
                        .get("status")
                        .getAsString());
        JsonObject idle = csms.expectCall(FSN).payload();
        assertEquals("Idle", idle.get("status").getAsString());
        assertFalse(idle.has("requestId"), "Idle carries no requestId: " + idle);
    }

    private static void assertStatus(IncomingCall call, String status, int requestId) {
        assertEquals(status, call.payload().get("status").getAsString());
        assertEquals(requestId, call.payload().get("requestId").getAsInt());
    }
}
