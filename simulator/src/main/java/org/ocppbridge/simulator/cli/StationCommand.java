package org.ocppbridge.simulator.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bridge's jar for the demo: from the working directory, else up from the simulator jar's directory. */
final class StationCommand {

    private static final Path BRIDGE_JAR = Path.of("ocpp-bridge", "target", "ocpp-bridge.jar");

    private StationCommand() {}

    static String findBridge() {
        Path found = search(Path.of("").toAbsolutePath());
        if (found == null) {
            found = search(ownDirectory());
        }
        if (found == null) {
            throw new IllegalArgumentException("cannot find " + BRIDGE_JAR + " (build it with mvn -q -B -DskipTests"
                    + " package, or name the station with --station \"<command>\")");
        }
        return javaCommand() + " -jar " + quote(found.toString());
    }

    /** The java of this JVM, so the station runs on the same Java. */
    static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? quote(java.toString()) : "java";
    }

    private static Path search(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(BRIDGE_JAR);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path ownDirectory() {
        try {
            Path location = Path.of(StationCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    private static String quote(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
