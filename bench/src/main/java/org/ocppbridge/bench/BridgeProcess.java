package org.ocppbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * The packaged bridge as a child process ({@code java <jvm flags> -jar ocpp-bridge.jar <args>}), with its output
 * in files and its memory and threads read from {@code /proc/<pid>/status}.
 */
final class BridgeProcess implements AutoCloseable {

    private static final long STOP_WAIT_SECONDS = 5;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration SETTLE = Duration.ofMillis(500);

    private final Process process;
    private final long startedNanos;
    private final Path output;

    private BridgeProcess(Process process, long startedNanos, Path output) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.output = output;
    }

    /**
     * Starts the jar. {@link #startedNanos()} is taken just before the fork, so a start time measured from it
     * includes the JVM's own start.
     */
    static BridgeProcess start(Path jar, List<String> jvmFlags, List<String> args, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return startCommand(command, output);
    }

    /** Starts any command with output to a file (the baselines use it too). */
    static BridgeProcess startCommand(List<String> command, Path output) throws IOException {
        return startCommand(command, Map.of(), output);
    }

    /** Starts any command with {@code env} added to this process's environment, output to a file. */
    static BridgeProcess startCommand(List<String> command, Map<String, String> env, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        return new BridgeProcess(process, started, output);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    long startedNanos() {
        return startedNanos;
    }

    long pid() {
        return process.pid();
    }

    Path output() {
        return output;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident set size now, in KiB (VmRSS). */
    long rssKib() throws IOException {
        return ProcStatus.read(pid()).rssKib();
    }

    /** Peak resident set size so far, in KiB (VmHWM). */
    long peakRssKib() throws IOException {
        return ProcStatus.read(pid()).peakRssKib();
    }

    int threads() throws IOException {
        return ProcStatus.read(pid()).threads();
    }

    /**
     * The boot, then the StartupOfTheDevice security event every start raises, then a short pause: the bridge has
     * finished its own start-up work (first queue send, schemas of the first messages), so what is measured next
     * is the operation alone, as when a CSMS sends it to a station that has been up for a while.
     */
    StationConnection awaitIdleAfterBoot(CsmsSimulator csms, Duration timeout) throws IOException {
        StationConnection station = awaitBoot(csms, timeout);
        station.expectCall("SecurityEventNotification", timeout);
        try {
            Thread.sleep(SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return station;
    }

    /**
     * Waits for this bridge's connection and its BootNotification (answered by the simulator's defaults); fails
     * at once, with the bridge's output, when the process dies first.
     */
    StationConnection awaitBoot(CsmsSimulator csms, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                StationConnection station = csms.awaitStation(POLL);
                station.expectCall("BootNotification", timeout);
                return station;
            } catch (AssertionError notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException(
                            "the bridge did not boot (alive: " + process.isAlive() + "); its output:\n"
                                    + Files.readString(output),
                            notYet);
                }
            }
        }
    }

    /** Waits for the process to end by itself; returns its exit code, or -1 after the wait. */
    int awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit) ? process.exitValue() : -1;
    }

    /** SIGTERM (the bridge's normal stop), then SIGKILL after a bounded wait. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
