package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SignedFirmware;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.KeyType;

/**
 * Reset OnIdle and firmware work (issue 14, point 12), with the built-in system on a real WebSocket, the image on a
 * real HTTP server, and the in-process restart: an update that only waits for its time does not keep the station
 * busy and survives the reset; a reset answered Scheduled is kept on disk, so the firmware's own reboot carries it
 * out and boots ScheduledReset, once.
 */
class OnIdleResetWireTest {

    private static final String FSN = "FirmwareStatusNotification";
    private static final String FAR_AHEAD = "2099-01-01T00:00:00Z";

    @TempDir
    Path dir;

    private SignedFirmware served;
    private BridgeFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        served = SignedFirmware.serve(dir, KeyType.EC, 4 * FirmwareFileServer.SLOW_FIRST_CHUNK);
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

    @Test
    void B11_L01_Reset_OnIdle_while_a_download_is_only_scheduled_is_Accepted_at_once_and_the_download_stays_scheduled()
            throws Exception {
        StationConnection csms = booted("PowerUp", "StartupOfTheDevice");
        JsonObject update = update(1, null);
        update.getAsJsonObject("firmware").addProperty("retrieveDateTime", FAR_AHEAD);
        assertEquals("Accepted", status(csms.call("UpdateFirmware", update)));
        expectStatus(csms, "DownloadScheduled", 1);

        // Not busy: nothing is transferred or installed before retrieveDateTime (B11: Accepted, then the reset).
        assertEquals("Accepted", status(csms.call("Reset", reset("OnIdle"))));
        csms.awaitClose(Duration.ofSeconds(15));

        StationConnection rebooted = booted("RemoteReset", "ResetOrReboot");
        // The update was kept on disk and is scheduled again for the same time.
        expectStatus(rebooted, "DownloadScheduled", 1);
        Barrier.assertNoMoreCalls(rebooted);
        assertEquals(0, served.http.requestCount("/fw.bin"), "nothing downloaded before retrieveDateTime");
        csms.assertNoViolations();
        rebooted.assertNoViolations();
    }

    @Test
    void
            B11_L01FR16_Reset_OnIdle_while_an_install_is_only_scheduled_is_Accepted_at_once_and_the_install_stays_scheduled()
                    throws Exception {
        StationConnection csms = booted("PowerUp", "StartupOfTheDevice");
        assertEquals("Accepted", status(csms.call("UpdateFirmware", update(2, FAR_AHEAD))));
        expectStatus(csms, "Downloading", 2);
        expectStatus(csms, "Downloaded", 2);
        expectStatus(csms, "SignatureVerified", 2);
        expectStatus(csms, "InstallScheduled", 2);

        assertEquals("Accepted", status(csms.call("Reset", reset("OnIdle"))));
        csms.awaitClose(Duration.ofSeconds(15));

        StationConnection rebooted = booted("RemoteReset", "ResetOrReboot");
        // An image left by an earlier life is not trusted: downloaded and verified again, then it waits again.
        expectStatus(rebooted, "Downloading", 2);
        expectStatus(rebooted, "Downloaded", 2);
        expectStatus(rebooted, "SignatureVerified", 2);
        expectStatus(rebooted, "InstallScheduled", 2);
        Barrier.assertNoMoreCalls(rebooted);
        assertEquals(2, served.http.requestCount("/fw.bin"));
        rebooted.assertNoViolations();
    }

    @Test
    void B12FR01_TC_B_21_a_Scheduled_reset_pending_at_the_firmware_reboot_boots_ScheduledReset_and_is_not_run_again()
            throws Exception {
        served.http.mode(FirmwareFileServer.Mode.SLOW);
        StationConnection csms = booted("PowerUp", "StartupOfTheDevice");
        assertEquals("Accepted", status(csms.call("UpdateFirmware", update(3, null))));
        expectStatus(csms, "Downloading", 3);
        assertTrue(served.http.awaitSlowStarted(15, TimeUnit.SECONDS), "the download is held in its middle");

        // B12.FR.01: the download is at work, so the reset waits; it is on disk (owner only) before the answer.
        assertEquals("Scheduled", status(csms.call("Reset", reset("OnIdle"))));
        Path kept = fixture.dataDir.resolve("reset.scheduled");
        assertTrue(Files.exists(kept), "the Scheduled reset is kept on disk");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(kept));
        Barrier.assertNoMoreCalls(csms);
        assertTrue(csms.isOpen(), "no reset while the download runs");

        served.http.release();
        expectStatus(csms, "Downloaded", 3);
        expectStatus(csms, "SignatureVerified", 3);
        expectStatus(csms, "Installing", 3);
        expectStatus(csms, "InstallRebooting", 3);
        csms.awaitClose(Duration.ofSeconds(15));

        // The install's reboot came first and carried the Scheduled reset out: TC_B_21's reason, not FirmwareUpdate.
        StationConnection rebooted = booted("ScheduledReset", "ResetOrReboot");
        expectStatus(rebooted, "Installed", 3);
        assertEquals(
                "FirmwareUpdated",
                rebooted.expectCall("SecurityEventNotification")
                        .payload()
                        .get("type")
                        .getAsString());
        // Consumed by that boot: the station, idle now, does not reset a second time.
        Barrier.assertNoMoreCalls(rebooted);
        assertFalse(Files.exists(kept), "the boot consumed the Scheduled reset");
        assertTrue(rebooted.isOpen());
        csms.assertNoViolations();
        rebooted.assertNoViolations();
    }

    private StationConnection booted(String reason, String securityEvent) {
        StationConnection csms = fixture.station();
        assertEquals(
                reason,
                csms.expectCall("BootNotification").payload().get("reason").getAsString());
        assertEquals(
                securityEvent,
                csms.expectCall("SecurityEventNotification")
                        .payload()
                        .get("type")
                        .getAsString());
        return csms;
    }

    private JsonObject update(int requestId, String installDateTime) throws Exception {
        return served.updateFirmware(
                requestId, served.location(), served.signer, Instant.now().minusSeconds(60), installDateTime);
    }

    private static JsonObject reset(String type) {
        JsonObject request = new JsonObject();
        request.addProperty("type", type);
        return request;
    }

    private static String status(org.ocppbridge.simulator.CallOutcome outcome) {
        return outcome.payload().get("status").getAsString();
    }

    private static void expectStatus(StationConnection csms, String status, int requestId) {
        JsonObject payload = csms.expectCall(FSN).payload();
        assertEquals(status, payload.get("status").getAsString(), payload.toString());
        assertEquals(requestId, payload.get("requestId").getAsInt(), payload.toString());
    }
}
