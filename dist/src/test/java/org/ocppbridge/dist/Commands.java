package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child processes of the package tests: run to the end within a bound, output kept in a file. */
final class Commands {

    static final Duration WAIT = Duration.ofSeconds(60);

    private Commands() {}

    /** Runs {@code command} (with {@code env} added), expects exit 0, and returns what it printed. */
    static String run(Path workDir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDir, "command-", ".out");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean ended = process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, List.of(command) + " did not end within " + WAIT + ":\n" + text);
        assertEquals(0, process.exitValue(), List.of(command) + ":\n" + text);
        return text;
    }

    static String run(Path workDir, String... command) throws IOException, InterruptedException {
        return run(workDir, Map.of(), command);
    }

    /** The Debian name of this JVM's architecture, which is the image's (jlink builds for the JDK it runs on). */
    static String debianArchitecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null, "system property " + name + " (set by the dist profile's failsafe)");
        Path path = Path.of(value);
        assertTrue(Files.exists(path), name + ": " + path + " (built by mvn -Pdist package)");
        return path;
    }
}
