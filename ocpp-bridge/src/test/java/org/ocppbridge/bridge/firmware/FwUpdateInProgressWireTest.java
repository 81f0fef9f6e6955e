package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SignedFirmware;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.KeyType;

/**
 * Issue 14, point 14: while a firmware image is being installed, a Reset (of either type) and a new UpdateFirmware
 * (L01.FR.27, TC_L_11) are refused with the Part 2 Appendix 5 reason code FwUpdateInProgress, on the wire. The
 * installer is a real program started by the built-in system; it holds the install until the test releases it.
 */
class FwUpdateInProgressWireTest {

    private static final String FSN = "FirmwareStatusNotification";

    @TempDir
    Path dir;

    private SignedFirmware served;
    private BridgeFixture fixture;
    private Path release;

    @BeforeEach
    void setUp() throws Exception {
        served = SignedFirmware.serve(dir, KeyType.EC, 64 * 1024);
        release = dir.resolve("installer-release");
        // The installer waits for the test's release file, at most ~20 s, so a failing test never hangs on it.
        Path installer = dir.resolve("install.sh");
        Files.writeString(
                installer,
                "#!/bin/sh\ni=0\nwhile [ ! -f '" + release
                        + "' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n");
        Files.setPosixFilePermissions(installer, PosixFilePermissions.fromString("rwx------"));
        fixture = BridgeFixture.start(
                dir.resolve("bridge"), sim -> sim, cfg -> cfg.firmwareTrustAnchor(served.trustAnchor)
                        .installCommand(installer.toString()));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (!Files.exists(release)) {
            Files.createFile(release);
        }
        if (fixture != null) {
            fixture.close();
        }
        served.close();
    }

    @Test
    void L01FR27_TC_L_11_Reset_and_UpdateFirmware_during_an_install_are_Rejected_with_reasonCode_FwUpdateInProgress()
            throws Exception {
        StationConnection csms = fixture.station();
        assertEquals(
                "PowerUp",
                csms.expectCall("BootNotification").payload().get("reason").getAsString());
        csms.expectCall("SecurityEventNotification");

        assertEquals("Accepted", status(csms.call("UpdateFirmware", update(1))));
        expectStatus(csms, "Downloading", 1);
        expectStatus(csms, "Downloaded", 1);
        expectStatus(csms, "SignatureVerified", 1);
        expectStatus(csms, "Installing", 1); // the installer now runs, held by the test

        for (String type : new String[] {"Immediate", "OnIdle"}) {
            JsonObject reset = new JsonObject();
            reset.addProperty("type", type);
            assertRefused(csms.call("Reset", reset), "Reset " + type);
        }
        // L01.FR.27: an update cannot cancel an install; the answer names why.
        assertRefused(csms.call("UpdateFirmware", update(2)), "UpdateFirmware 2");
        // Neither refusal reset the station nor touched the install: nothing was sent, and the connection stays.
        Barrier.assertNoMoreCalls(csms);
        assertTrue(csms.isOpen(), "no reset during the install");

        Files.createFile(release);
        expectStatus(csms, "InstallRebooting", 1);
        csms.awaitClose(Duration.ofSeconds(15));
        StationConnection rebooted = fixture.station();
        assertEquals(
                "FirmwareUpdate",
                rebooted.expectCall("BootNotification").payload().get("reason").getAsString());
        expectStatus(rebooted, "Installed", 1); // update 2 never started: only update 1 reports
        csms.assertNoViolations();
    }

    private static void assertRefused(CallOutcome outcome, String what) {
        JsonObject payload = outcome.payload();
        assertEquals("Rejected", payload.get("status").getAsString(), what + ": " + payload);
        assertTrue(payload.has("statusInfo"), what + " carries a statusInfo: " + payload);
        assertEquals(
                "FwUpdateInProgress", // Part 2 Appendix 5
                payload.getAsJsonObject("statusInfo").get("reasonCode").getAsString(),
                what + ": " + payload);
    }

    private JsonObject update(int requestId) throws Exception {
        return served.updateFirmware(
                requestId, served.location(), served.signer, Instant.now().minusSeconds(60), null);
    }

    private static String status(CallOutcome outcome) {
        return outcome.payload().get("status").getAsString();
    }

    private static void expectStatus(StationConnection csms, String status, int requestId) {
        JsonObject payload = csms.expectCall(FSN).payload();
        assertEquals(status, payload.get("status").getAsString(), payload.toString());
        assertEquals(requestId, payload.get("requestId").getAsInt(), payload.toString());
    }
}
