package org.ocppbridge.simulator.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CallFeed;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.FirmwareMaterial;
import org.ocppbridge.simulator.conformance.LaunchSpec;
import org.ocppbridge.simulator.conformance.ProcessStationLauncher;
import org.ocppbridge.simulator.conformance.Requests;
import org.ocppbridge.simulator.conformance.StationLauncher;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * The one-command demo: the simulator, a firmware server with a signed image, a log receiver and the bridge;
 * then a signed firmware update, a log upload and a reset, printed as a timeline. Every wait is bounded; the
 * first step that fails or times out ends the demo with exit code 1.
 */
public final class Demo {

    private static final Duration STEP = Duration.ofSeconds(20);
    private static final Duration REBOOT = Duration.ofSeconds(40);

    /** Someone who watches the demo's simulator, e.g. the web console with {@code --console}. */
    public interface Watcher {
        /** The simulator and the firmware material are ready; the station starts next. */
        void started(CsmsSimulator csms, FirmwareMaterial firmware, Path dir) throws Exception;

        /** The steps ended (the station is stopped); the simulator closes when this returns. */
        void finished() throws InterruptedException;
    }

    private static final Watcher NOBODY = new Watcher() {
        @Override
        public void started(CsmsSimulator csms, FirmwareMaterial firmware, Path dir) {}

        @Override
        public void finished() {}
    };

    private final Timeline timeline;

    public Demo(PrintStream out) {
        this.timeline = new Timeline(out, Clock.systemUTC());
    }

    /** Runs the demo against {@code stationCommand}; 0 when every step happened, 1 otherwise. */
    public int run(String stationCommand) throws Exception {
        return run(stationCommand, NOBODY);
    }

    /** As {@link #run(String)}, with a watcher told when the simulator is up and when the steps ended. */
    public int run(String stationCommand, Watcher watcher) throws Exception {
        Path dir = Files.createTempDirectory("ocpp-demo");
        timeline.step("preparing a test PKI and a signed firmware image in " + dir);
        FirmwareMaterial firmware = FirmwareMaterial.create(dir.resolve("pki"));
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
                FirmwareFileServer files = FirmwareFileServer.start();
                UploadReceiver uploads = UploadReceiver.start(dir.resolve("uploads"))) {
            String location = files.serve("/firmware-2.0.bin", firmware.image()).toString();
            timeline.step("CSMS simulator at " + csms.url() + ", firmware at " + location + ", log receiver at "
                    + uploads.uri("/logs/"));
            watcher.started(csms, firmware, dir);
            LaunchSpec spec = new LaunchSpec(
                    csms.url(),
                    "demo-station",
                    dir.resolve("data"),
                    dir.resolve("logs"),
                    firmware.rootPem(),
                    List.of(),
                    dir.resolve("station.out"));
            timeline.step("starting the station: " + stationCommand + " (output in " + spec.output() + ")");
            try (StationLauncher.Running station = new ProcessStationLauncher(stationCommand).launch(spec)) {
                Session session = new Session(csms, new CallFeed(csms, 0), timeline);
                try {
                    session.boot("PowerUp");
                    firmwareUpdate(session, location, firmware);
                    logUpload(session, uploads);
                    reset(session);
                } catch (DemoFailure e) {
                    timeline.step("FAILED: " + e.getMessage());
                    timeline.step("station output: " + spec.output());
                    station.close();
                    watcher.finished();
                    return 1;
                }
                timeline.step("stopping the station");
            }
            watcher.finished();
        }
        timeline.step("done: firmware update, log upload and reset all succeeded");
        return 0;
    }

    private void firmwareUpdate(Session session, String location, FirmwareMaterial firmware) {
        timeline.section("Signed firmware update");
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String status = session.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        1, location, past, past, firmware.signer().certificatePem(), firmware.signature()));
        session.require(status.equals("Accepted"), "UpdateFirmware answered " + status);
        boolean installed = false;
        boolean event = false;
        while (!installed || !event) {
            IncomingCall call = session.next(REBOOT, "the firmware update");
            if (Checks.isStatus(call, "FirmwareStatusNotification", "Installed")) {
                installed = true;
            } else if (call.action().equals("SecurityEventNotification")
                    && "FirmwareUpdated".equals(Checks.string(call.payload(), "type"))) {
                event = true;
            } else if (call.action().equals("FirmwareStatusNotification")) {
                String each = Checks.string(call.payload(), "status");
                session.require(
                        !each.endsWith("Failed") && !each.equals("InvalidSignature"), "the update ended in " + each);
            }
        }
    }

    private void logUpload(Session session, UploadReceiver uploads) throws IOException, InterruptedException {
        timeline.section("Log upload");
        String status = session.callStatus(
                "GetLog",
                Requests.getLog(2, "DiagnosticsLog", uploads.uri("/logs/").toString(), null, null));
        session.require(status.equals("Accepted"), "GetLog answered " + status);
        while (true) {
            IncomingCall call = session.next(STEP, "the log upload");
            if (Checks.isStatus(call, "LogStatusNotification", "Uploaded")) {
                break;
            }
            if (call.action().equals("LogStatusNotification")) {
                String each = Checks.string(call.payload(), "status");
                session.require(each.equals("Uploading"), "the upload ended in " + each);
            }
        }
        UploadReceiver.Upload upload;
        try {
            upload = uploads.awaitUpload(Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            throw new DemoFailure("Uploaded reported but no archive arrived");
        }
        List<String> entries = TarGzEntries.list(upload.file());
        timeline.step("archive received: " + upload.fileName() + ", " + upload.size() + " bytes, " + entries.size()
                + " entries " + entries);
    }

    private void reset(Session session) {
        timeline.section("Reset");
        String status = session.callStatus("Reset", Requests.reset("Immediate", null));
        session.require(status.equals("Accepted"), "Reset answered " + status);
        session.boot("RemoteReset");
    }
}
