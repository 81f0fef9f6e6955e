package org.ocppbridge.bridge.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bridge ({@code java -jar ocpp-bridge.jar …}) as a child process, its standard output and error
 * appended to one file. {@link #sigterm()} is {@link Process#destroy()} (SIGTERM on Linux) and {@link #sigkill()}
 * is {@link Process#destroyForcibly()} (SIGKILL). Every wait is bounded.
 */
final class StationProcess implements AutoCloseable {

    /** A small, quickly started JVM: the tests run many of them on a shared machine. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx128m");

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path output;

    private StationProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /** Starts {@code java -jar <jar> <bridgeArguments>}, output appended to {@code output}. */
    static StationProcess start(String name, Path jar, List<String> bridgeArguments, Path output) throws IOException {
        return start(name, List.of(), jar, bridgeArguments, output);
    }

    /** As {@link #start(String, Path, List, Path)}, with {@code jvmOptions} after the test defaults. */
    static StationProcess start(
            String name, List<String> jvmOptions, Path jar, List<String> bridgeArguments, Path output)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(bridgeArguments);
        Files.writeString(output, "$ " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        return new StationProcess(name, process, output);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM: the bridge's normal stop. */
    void sigterm() {
        process.destroy();
    }

    /** SIGKILL, then waits (bounded) until the process is gone, so its files are no longer written. */
    void sigkill() {
        process.destroyForcibly();
        awaitExit(KILL_WAIT);
    }

    /** Waits for the exit and returns its code; fails, with the process's output, when it runs longer. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still runs after " + timeout + "; its output:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
        return process.exitValue();
    }

    /** Everything the process wrote so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<cannot read " + output + ": " + e + ">";
        }
    }

    Path outputFile() {
        return output;
    }

    /** Kills the process if it still runs (a test that failed half-way). */
    @Override
    public void close() {
        if (process.isAlive()) {
            sigkill();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
