package org.ocppbridge.bridge.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts bridge jars for one test ({@code @RegisterExtension} on an instance field): every start gets its own
 * output file in the station's home directory; after the test, processes still running are killed, and when the
 * test failed every process's output is printed, so a failure report shows what the bridge said.
 */
final class BridgeProcesses implements AfterEachCallback {

    /** The failsafe configuration passes the shaded jar's path in this property. */
    static final String JAR_PROPERTY = "ocppbridge.jar";

    private final List<StationProcess> started = new ArrayList<>();

    /**
     * Starts the jar for {@code station} with the test defaults (short reconnect back-off, no pings) and
     * {@code extraFlags}.
     */
    StationProcess start(BridgeStation station, String... extraFlags) throws IOException {
        return start(List.of(), station, extraFlags);
    }

    /** As {@link #start(BridgeStation, String...)}, with JVM options (e.g. {@code -Dkey=value}) too. */
    StationProcess start(List<String> jvmOptions, BridgeStation station, String... extraFlags) throws IOException {
        Files.createDirectories(station.logDir());
        List<String> arguments = new ArrayList<>(station.arguments());
        arguments.addAll(Arrays.asList(extraFlags));
        String name = "bridge start " + (started.size() + 1);
        StationProcess process = StationProcess.start(
                name, jvmOptions, jar(), arguments, station.home().resolve("process-" + (started.size() + 1) + ".out"));
        started.add(process);
        return process;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(StationProcess::close);
        if (context.getExecutionException().isPresent()) {
            for (StationProcess process : started) {
                System.err.println("===== " + process.name() + " (" + process.outputFile() + ") =====");
                System.err.println(process.output());
            }
        }
    }

    static Path jar() {
        String property = System.getProperty(JAR_PROPERTY);
        if (property == null) {
            throw new AssertionError("system property " + JAR_PROPERTY + " is not set: run these tests with "
                    + "failsafe (mvn verify), which passes the packaged jar");
        }
        Path jar = Path.of(property);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " does not exist: the package phase builds it");
        }
        return jar;
    }
}
