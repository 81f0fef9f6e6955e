package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * {@code bin/ocpp-bridge}: the recommended JVM flags, and an AppCDS archive written by the first run when it stops
 * and mapped by every later run (README, Performance).
 */
class LauncherScriptIT {

    private static final Path SCRIPT = Path.of("..", "bin", "ocpp-bridge");

    @TempDir
    Path dir;

    @Test
    void the_first_run_writes_the_class_archive_and_the_second_maps_it() throws Exception {
        Path jar = Files.copy(BridgeProcesses.jar(), dir.resolve("ocpp-bridge.jar"));
        Path archive = dir.resolve("ocpp-bridge.jsa");
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            String first = runUntilBootThenStop(csms, jar, "CS-LAUNCH-1");
            assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + archive), first);
            assertTrue(Files.size(archive) > 0, "the archive is written when the first run stops");

            String second = runUntilBootThenStop(csms, jar, "CS-LAUNCH-2");
            assertTrue(second.contains("-XX:SharedArchiveFile=" + archive), second);
            assertTrue(second.contains("-XX:+UseSerialGC") && second.contains("-Xmx32m"), second);
        }
    }

    @Test
    void without_a_jar_it_says_which_variable_to_set_and_exits_2() throws Exception {
        // The script looks next to itself and in ../ocpp-bridge/target; a copy in an empty folder finds neither.
        Path lonely = Files.copy(SCRIPT, dir.resolve("ocpp-bridge"));
        ProcessBuilder builder = new ProcessBuilder("sh", lonely.toString()).redirectErrorStream(true);
        builder.environment().remove("OCPP_BRIDGE_JAR");
        Process alone = builder.start();
        try {
            assertTrue(alone.waitFor(10, TimeUnit.SECONDS));
            String output = new String(alone.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, alone.exitValue(), output);
            assertEquals("ocpp-bridge: cannot find ocpp-bridge.jar; set OCPP_BRIDGE_JAR to its path\n", output);
        } finally {
            alone.destroyForcibly();
        }
    }

    /** Runs the script until the BootNotification, SIGTERMs it, and returns the JVM's command line. */
    private String runUntilBootThenStop(CsmsSimulator csms, Path jar, String stationId) throws Exception {
        Path home = Files.createDirectories(dir.resolve(stationId));
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        SCRIPT.toString(),
                        "--csms-url",
                        csms.url(),
                        "--station-id",
                        stationId,
                        "--data-dir",
                        home.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        Map<String, String> env = builder.environment();
        env.put("OCPP_BRIDGE_JAR", jar.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        try {
            StationConnection station = csms.awaitStation(Wire.CONNECT);
            station.expectCall("BootNotification", Wire.STEP);
            // exec: the script's process is the JVM, so its command line shows the flags the script chose.
            String commandLine = String.join(
                    " ",
                    Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"))
                            .split("\0"));
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid()))
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
            assertTrue(process.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS), "stopped");
            assertEquals(0, process.exitValue(), Files.readString(home.resolve("out.txt")));
            assertFalse(Files.readString(home.resolve("out.txt")).contains("[cds"), "no CDS chatter in the log");
            return commandLine;
        } finally {
            process.destroyForcibly();
        }
    }
}
