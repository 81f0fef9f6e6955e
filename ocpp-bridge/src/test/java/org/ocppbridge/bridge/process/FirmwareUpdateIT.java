package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * Issue 5 through the packaged jar: a signed image from a real HTTP server, verified against a trust anchor on
 * disk, installed (the default simulated install), the reboot, and the state carried across SIGKILLs.
 */
class FirmwareUpdateIT {

    private static final String FIRMWARE_FSN = "FirmwareStatusNotification";
    /** Larger than the slow server's first chunk, so a slow download is held in its middle. */
    private static final int IMAGE_BYTES = 4 * FirmwareFileServer.SLOW_FIRST_CHUNK;

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    private CsmsSimulator csms;
    private FirmwareFileServer files;
    private BridgeStation station;
    private Path trustAnchor;
    private FirmwareSigner signer;
    private String signature;
    private java.net.URI location;

    @BeforeEach
    void setUp() throws Exception {
        csms = CsmsSimulator.builder().defaultReplies(true).start();
        files = FirmwareFileServer.start();
        station = new BridgeStation(csms.url(), "CS-FIRMWARE", home);
        TestPki pki = TestPki.create("firmware-it-root");
        trustAnchor = Pem.write(home.resolve("root.pem"), pki.rootPem());
        signer = pki.issueSigner(KeyType.RSA);
        Path image = home.resolve("image.bin");
        writeRandom(image, IMAGE_BYTES);
        signature = signer.signBase64(image);
        location = files.serve("/fw.bin", image);
    }

    @AfterEach
    void tearDown() {
        files.close();
        csms.close();
    }

    @Test
    void TC_L_01_secure_update_through_the_jar_ends_Installed_and_FirmwareUpdated_after_the_reboot() throws Exception {
        StationProcess bridge = processes.start(station, "--firmware-trust-anchor", trustAnchor.toString());
        StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals(
                "Accepted",
                Wire.status(connection.call(
                        "UpdateFirmware", Wire.updateFirmware(1, location, signer, signature), Wire.STEP)));
        for (String status :
                List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting")) {
            Wire.expectStatus(connection, FIRMWARE_FSN, status, 1); // L01.FR.20: each with the requestId
        }
        assertEquals(1000, connection.awaitClose(Wire.STEP).code());

        StationConnection rebooted = Wire.awaitBoot(csms, bridge, "FirmwareUpdate");
        expectInstalledAndFirmwareUpdated(rebooted, 1);
        connection.assertNoViolations();
        rebooted.assertNoViolations();
    }

    @Test
    void SIGKILL_mid_download_then_restart_downloads_again_and_ends_Installed_with_the_same_requestId()
            throws Exception {
        files.mode(FirmwareFileServer.Mode.SLOW);
        StationProcess first = processes.start(station, "--firmware-trust-anchor", trustAnchor.toString());
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
        assertEquals(
                "Accepted",
                Wire.status(connection.call(
                        "UpdateFirmware", Wire.updateFirmware(2, location, signer, signature), Wire.STEP)));
        Wire.expectStatus(connection, FIRMWARE_FSN, "Downloading", 2);
        assertTrue(files.awaitSlowStarted(Wire.STEP.toSeconds(), TimeUnit.SECONDS), "the download started");
        Wire.barrier(connection); // Downloading is acknowledged: only the new life's statuses follow

        first.sigkill();
        files.mode(FirmwareFileServer.Mode.NORMAL);
        files.release();

        StationProcess second = processes.start(station, "--firmware-trust-anchor", trustAnchor.toString());
        StationConnection restarted = Wire.awaitBoot(csms, second, "Watchdog");
        Wire.expectSecurityEvent(restarted, "ResetOrReboot");
        // The interrupted attempt starts again from the first byte; the image is verified again.
        for (String status :
                List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting")) {
            Wire.expectStatus(restarted, FIRMWARE_FSN, status, 2);
        }
        restarted.awaitClose(Wire.STEP);
        StationConnection rebooted = Wire.awaitBoot(csms, second, "FirmwareUpdate");
        expectInstalledAndFirmwareUpdated(rebooted, 2);
        assertEquals(2, files.requestCount("/fw.bin"), "one interrupted download, one complete");
    }

    @Test
    void
            SIGKILL_after_InstallRebooting_before_the_reboot_completes_then_restart_boots_FirmwareUpdate_and_reports_Installed()
                    throws Exception {
        killAfterInstallRebootingThenRestart(3, true);
    }

    /**
     * The narrowest window: the kill lands after InstallRebooting was stored but before the reboot's reason was
     * (made deterministic by removing the recorded reason after the kill). The stored InstallRebooting still
     * makes this boot the firmware update's reboot, not a Watchdog boot.
     */
    @Test
    void SIGKILL_between_InstallRebooting_and_recording_the_reboot_reason_still_boots_FirmwareUpdate()
            throws Exception {
        killAfterInstallRebootingThenRestart(4, false);
    }

    private void killAfterInstallRebootingThenRestart(int requestId, boolean reasonRecorded) throws Exception {
        // The reboot is a command that waits (like a machine going down) until the test lets it end; the test
        // kills the bridge while it waits, as the power cut or the watchdog of a real reboot would.
        Path proceed = home.resolve("proceed");
        Path reboot = home.resolve("reboot.sh");
        Files.writeString(
                reboot,
                "#!/bin/sh\ni=0\nwhile [ ! -e '" + proceed + "' ] && [ $i -lt 300 ]; do"
                        + " sleep 0.1; i=$((i+1)); done\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(reboot, PosixFilePermissions.fromString("rwx------"));
        StationProcess first = processes.start(
                station, "--firmware-trust-anchor", trustAnchor.toString(), "--reset-command", reboot.toString());
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
        assertEquals(
                "Accepted",
                Wire.status(connection.call(
                        "UpdateFirmware", Wire.updateFirmware(requestId, location, signer, signature), Wire.STEP)));
        for (String status :
                List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting")) {
            Wire.expectStatus(connection, FIRMWARE_FSN, status, requestId);
        }
        // The bridge closes the connection before it runs the reboot command.
        assertEquals(1000, connection.awaitClose(Wire.STEP).code());

        first.sigkill();
        Files.writeString(proceed, "go");
        Path recordedReason = station.dataDir().resolve("boot-reason.next");
        assertTrue(Files.exists(recordedReason), "the reboot's reason is on disk before the connection closes");
        if (!reasonRecorded) {
            Files.delete(recordedReason);
        }

        StationProcess second = processes.start(station, "--firmware-trust-anchor", trustAnchor.toString());
        StationConnection rebooted = Wire.awaitBoot(csms, second, "FirmwareUpdate");
        expectInstalledAndFirmwareUpdated(rebooted, requestId);
    }

    /** TC_L_01 step 7: Installed with the requestId and SecurityEventNotification FirmwareUpdated, in any order. */
    private static void expectInstalledAndFirmwareUpdated(StationConnection station, int requestId) {
        List<IncomingCall> calls = List.of(station.nextCall(Wire.STEP), station.nextCall(Wire.STEP));
        IncomingCall installed = calls.stream()
                .filter(c -> c.action().equals(FIRMWARE_FSN))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no FirmwareStatusNotification in " + calls));
        IncomingCall event = calls.stream()
                .filter(c -> c.action().equals("SecurityEventNotification"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SecurityEventNotification in " + calls));
        Wire.assertStatus(installed, FIRMWARE_FSN, "Installed", requestId);
        assertEquals("FirmwareUpdated", event.payload().get("type").getAsString(), event.toString());
        Wire.assertNoMoreCalls(station);
    }

    private static void writeRandom(Path file, int size) throws IOException {
        Random random = new Random(size);
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
        }
    }
}
