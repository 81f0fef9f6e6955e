package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.demo.Demo;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * The runtime image built by {@code -Pdist}, started through its own launcher against the simulator: the demo's
 * signed firmware update, log upload and reset; and a Reset through the systemd unit's reset script, which ends
 * the process for the service manager to start the next life with the recorded boot reason.
 */
class RuntimeImageIT {

    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Process bridge;

    @AfterEach
    void stopBridge() throws InterruptedException {
        if (bridge != null && bridge.isAlive()) {
            bridge.destroy();
            if (!bridge.waitFor(10, TimeUnit.SECONDS)) {
                bridge.destroyForcibly();
            }
        }
    }

    @Test
    void the_image_completes_a_signed_firmware_update_a_log_upload_and_a_reset_against_the_simulator()
            throws Exception {
        Path launcher = Commands.property("ocppbridge.image").resolve("bin/ocpp-bridge");
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(timeline, true, StandardCharsets.UTF_8)) {
            code = new Demo(out).run(launcher.toString());
        }
        String text = timeline.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("FirmwareStatusNotification Installed"), text);
        assertTrue(text.contains("LogStatusNotification Uploaded"), text);
        assertTrue(text.contains("BootNotification RemoteReset"), text);
    }

    @Test
    void B11_a_Reset_through_the_units_reset_script_ends_the_process_cleanly_and_the_next_start_boots_RemoteReset()
            throws Exception {
        Path image = Commands.property("ocppbridge.image");
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            List<String> command = List.of(
                    image.resolve("bin/ocpp-bridge").toString(),
                    "--csms-url=" + csms.url(),
                    "--station-id=CS-IMAGE",
                    "--data-dir=" + temp.resolve("data"),
                    "--log-dir=" + Files.createDirectories(temp.resolve("log")),
                    "--reset-command=" + image.resolve("bin/ocpp-bridge-reset"));
            bridge = start(command, "first.out");
            StationConnection first = awaitBoot(csms, "PowerUp");
            first.expectCall("SecurityEventNotification", STEP);

            JsonObject reset = new JsonObject();
            reset.addProperty("type", "Immediate");
            CallOutcome outcome = first.call("Reset", reset, STEP);
            assertTrue(
                    outcome instanceof CallOutcome.Result result
                            && result.payload().get("status").getAsString().equals("Accepted"),
                    outcome.toString());
            // The reset script's SIGTERM: a clean stop (exit 0), as systemd expects before Restart=always.
            assertTrue(bridge.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), "the bridge did not end after the Reset");
            assertEquals(0, bridge.exitValue(), Files.readString(temp.resolve("first.out")));
            // No second life inside the ended process: it opened no other connection.
            assertEquals(1, csms.connectionCount(), csms.connections().toString());

            // What the service manager does next: the same command again.
            bridge = start(command, "second.out");
            StationConnection second = awaitBoot(csms, "RemoteReset");
            IncomingCall event = second.expectCall("SecurityEventNotification", STEP);
            assertEquals("ResetOrReboot", event.payload().get("type").getAsString());
            first.assertNoViolations();
            second.assertNoViolations();
        }
    }

    @Test
    void
            L01_a_firmware_install_restarts_through_the_reset_script_and_the_next_start_boots_FirmwareUpdate_then_Installed()
                    throws Exception {
        Path image = Commands.property("ocppbridge.image");
        TestPki pki = TestPki.create("Image Firmware Root");
        FirmwareSigner signer = pki.issueSigner(KeyType.EC);
        Path anchor = Pem.write(temp.resolve("root.pem"), pki.rootPem());
        byte[] bytes = new byte[200_000];
        new java.util.Random(18).nextBytes(bytes);
        Path firmware = Files.write(temp.resolve("fw.bin"), bytes);
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
                FirmwareFileServer files = FirmwareFileServer.start()) {
            List<String> command = List.of(
                    image.resolve("bin/ocpp-bridge").toString(),
                    "--csms-url=" + csms.url(),
                    "--station-id=CS-IMAGE-FW",
                    "--data-dir=" + temp.resolve("data"),
                    "--log-dir=" + Files.createDirectories(temp.resolve("log")),
                    "--firmware-trust-anchor=" + anchor,
                    "--reset-command=" + image.resolve("bin/ocpp-bridge-reset"));
            bridge = start(command, "first.out");
            StationConnection first = awaitBoot(csms, "PowerUp");
            first.expectCall("SecurityEventNotification", STEP);

            JsonObject location = new JsonObject();
            location.addProperty("location", files.serve("/fw.bin", firmware).toString());
            location.addProperty("retrieveDateTime", java.time.Instant.now().toString());
            location.addProperty("signingCertificate", signer.certificatePem());
            location.addProperty("signature", signer.signBase64(firmware));
            JsonObject update = new JsonObject();
            update.addProperty("requestId", 7);
            update.add("firmware", location);
            CallOutcome outcome = first.call("UpdateFirmware", update, STEP);
            assertTrue(
                    outcome instanceof CallOutcome.Result result
                            && result.payload().get("status").getAsString().equals("Accepted"),
                    outcome.toString());
            for (String status :
                    List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting")) {
                IncomingCall call = nextFirmwareStatus(first);
                assertEquals(
                        status,
                        call.payload().get("status").getAsString(),
                        call.payload().toString());
            }
            // The reboot is the reset script's SIGTERM: a clean stop, and no second life in this process.
            assertTrue(bridge.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), "the bridge did not end for the reboot");
            assertEquals(0, bridge.exitValue(), Files.readString(temp.resolve("first.out")));
            assertEquals(1, csms.connectionCount(), csms.connections().toString());

            bridge = start(command, "second.out");
            StationConnection second = awaitBoot(csms, "FirmwareUpdate");
            IncomingCall installed = nextFirmwareStatus(second);
            assertEquals(
                    "Installed",
                    installed.payload().get("status").getAsString(),
                    installed.payload().toString());
            assertEquals(7, installed.payload().get("requestId").getAsInt());
            first.assertNoViolations();
            second.assertNoViolations();
        }
    }

    /** The next FirmwareStatusNotification; security events (start-up, FirmwareUpdated) may come in between. */
    private static IncomingCall nextFirmwareStatus(StationConnection station) {
        while (true) {
            IncomingCall call = station.nextCall(STEP);
            if (!call.action().equals("SecurityEventNotification")) {
                assertEquals(
                        "FirmwareStatusNotification",
                        call.action(),
                        call.payload().toString());
                return call;
            }
        }
    }

    private Process start(List<String> command, String output) throws Exception {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve(output).toFile())
                .start();
    }

    private static StationConnection awaitBoot(CsmsSimulator csms, String reason) {
        StationConnection station = csms.awaitStation(STEP);
        IncomingCall boot = station.expectCall("BootNotification", STEP);
        assertEquals(
                reason,
                boot.payload().get("reason").getAsString(),
                boot.payload().toString());
        return station;
    }
}
