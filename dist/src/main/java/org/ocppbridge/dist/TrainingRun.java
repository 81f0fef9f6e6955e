package org.ocppbridge.dist;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * The training run behind the class-data archive: the image's own launcher against the simulator, through the
 * boot (BootNotification, the start-up security event) and a few hundred TriggerMessage(Heartbeat) round trips,
 * with the JVM writing every class it loads to a class list; then SIGTERM.
 *
 * <p>Why only that, not also a firmware update and a log upload (the demo): measured with the bench, an archive
 * of the demo's 3,070 classes left the idle bridge at 54 MiB RSS, one of the boot's 2,500 at 47–48 MiB (the
 * archive's tables and the pages around each class are touched even for classes never loaded). A firmware update
 * or a log upload loads its few hundred classes from the image once, when it first happens.
 */
final class TrainingRun {

    private static final Duration STEP = Duration.ofSeconds(60);
    private static final int ROUND_TRIPS = 300;

    private TrainingRun() {}

    static void listClasses(Path image, Path classList) throws Exception {
        Files.deleteIfExists(classList);
        Path work = image.getParent().resolve("training");
        ImageBuilder.deleteTree(work);
        Files.createDirectories(work);
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            image.resolve("bin").resolve("ocpp-bridge").toString(),
                            "--csms-url=" + csms.url(),
                            "--station-id=training",
                            "--data-dir=" + work.resolve("data"),
                            "--log-dir=" + Files.createDirectories(work.resolve("log"))))
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("bridge.out").toFile());
            // Read by java itself, before the launcher's own options.
            builder.environment().put("JDK_JAVA_OPTIONS", "-XX:DumpLoadedClassList=" + classList);
            Process bridge = builder.start();
            try {
                StationConnection station = csms.awaitStation(STEP);
                station.expectCall("BootNotification", STEP);
                station.expectCall("SecurityEventNotification", STEP);
                JsonObject trigger = new JsonObject();
                trigger.addProperty("requestedMessage", "Heartbeat");
                for (int i = 0; i < ROUND_TRIPS; i++) {
                    CallOutcome outcome = station.call("TriggerMessage", trigger, STEP);
                    if (!(outcome instanceof CallOutcome.Result)) {
                        throw new IOException("the training station answered TriggerMessage with " + outcome);
                    }
                    station.expectCall("Heartbeat", STEP);
                }
                station.assertNoViolations();
            } catch (AssertionError e) {
                throw new IOException("the training run failed; the bridge's output is in " + work, e);
            } finally {
                bridge.destroy();
                if (!bridge.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)) {
                    bridge.destroyForcibly();
                }
            }
            if (bridge.exitValue() != 0) {
                throw new IOException("the training bridge exited with " + bridge.exitValue() + "; see " + work);
            }
        }
        if (!Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new IOException("the training run wrote no class list at " + classList);
        }
        ImageBuilder.log("training run: " + Files.readAllLines(classList).size() + " classes listed");
    }
}
