package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.UploadReceiver;

/** Issue 6 through the packaged jar: an upload cut by SIGKILL still ends in a final status for its requestId. */
class LogUploadIT {

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    @Test
    void SIGKILL_mid_upload_then_restart_uploads_again_and_reports_Uploaded_for_the_same_requestId() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
                UploadReceiver receiver = UploadReceiver.start(home.resolve("received"), Duration.ofSeconds(20))) {
            BridgeStation station = new BridgeStation(csms.url(), "CS-LOGS", home);
            Files.createDirectories(station.logDir());
            Files.writeString(station.logDir().resolve("charger.log"), "charger log line\n", StandardCharsets.UTF_8);
            receiver.mode(UploadReceiver.Mode.SLOW);
            StationProcess first = processes.start(station);
            StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

            String fileName = connection
                    .call("GetLog", Wire.getLog(61, receiver.uri("/logs/")), Wire.STEP)
                    .payload()
                    .get("filename")
                    .getAsString();
            Wire.expectStatus(connection, "LogStatusNotification", "Uploading", 61);
            // The whole body has arrived and the receiver holds its answer: the upload is not confirmed yet.
            receiver.awaitHolding(Wire.STEP);
            Wire.barrier(connection); // Uploading is acknowledged: only the new life's statuses follow

            first.sigkill();
            receiver.mode(UploadReceiver.Mode.CREATED);
            receiver.release();

            StationProcess second = processes.start(station);
            StationConnection restarted = Wire.awaitBoot(csms, second, "Watchdog");
            Wire.expectSecurityEvent(restarted, "ResetOrReboot");
            // N01: the upload is made again (the answer of the cut one never reached the bridge), then confirmed.
            Wire.expectStatus(restarted, "LogStatusNotification", "Uploading", 61);
            Wire.expectStatus(restarted, "LogStatusNotification", "Uploaded", 61);
            Wire.assertNoMoreCalls(restarted);
            assertTrue(Files.size(receiver.awaitUpload(Wire.STEP).file()) > 0);
            assertTrue(
                    Files.exists(home.resolve("received").resolve(fileName)),
                    "the archive arrived under the name GetLogResponse gave: " + fileName);
            receiver.awaitRequests(2, Wire.STEP);
            assertEquals(2, receiver.requests(), "the cut upload and the one after the restart");
            restarted.assertNoViolations();
        }
    }
}
