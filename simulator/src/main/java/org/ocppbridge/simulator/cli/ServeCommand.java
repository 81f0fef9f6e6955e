package org.ocppbridge.simulator.cli;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.console.Console;
import org.ocppbridge.simulator.console.ConsoleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve --port <port>}: the bare simulator with default replies, printing every frame until stopped, and
 * its web console.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the bare CSMS simulator (default replies, every frame printed) and its web console"
                + " until interrupted.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", required = true, description = "Port to listen on.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "0.0.0.0",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--console-port",
            paramLabel = "PORT",
            description = "Port of the web console. Default: PORT + 1 (0 when PORT is 0: the system chooses).")
    Integer consolePort;

    @Option(
            names = "--console-host",
            paramLabel = "HOST",
            defaultValue = ConsoleSettings.DEFAULT_HOST,
            description = "Address of the web console. Default: ${DEFAULT-VALUE} (this machine only).")
    String consoleHost;

    @Option(names = "--no-console", description = "No web console: only the frames printed.")
    boolean noConsole;

    @Option(
            names = "--station",
            paramLabel = "COMMAND",
            description = "The station command for conformance runs in launch mode from the console.")
    String station;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where the console keeps its test PKI, firmware image, uploads and reports."
                    + " Default: a new temp dir.")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        int chosenConsolePort = consolePort != null ? consolePort : port == 0 ? 0 : port + 1;
        if (chosenConsolePort < 0 || chosenConsolePort > 65535) {
            throw new IllegalArgumentException("--console-port: 0 to 65535 (default PORT + 1), got " + chosenConsolePort
                    + "; give --console-port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (CsmsSimulator csms = CsmsSimulator.builder()
                .host(host)
                .port(port)
                .defaultReplies(true)
                .start()) {
            System.out.println("CSMS simulator at " + csms.url() + "/<station id> (Ctrl-C to stop)");
            Console console = null;
            if (!noConsole) {
                Path dir =
                        workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("ocpp-console");
                console = startConsole(csms, new ConsoleSettings(consoleHost, chosenConsolePort, dir, station));
                System.out.println("console: " + console.url() + " (firmware trust anchor for the built-in image: "
                        + console.trustAnchor() + ")");
            }
            Thread printer = new Thread(() -> print(csms, stopped), "simulator-frame-printer");
            printer.setDaemon(true);
            printer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-shutdown"));
            try {
                stopped.await();
            } finally {
                if (console != null) {
                    console.close();
                }
            }
        }
        return 0;
    }

    /** The console, or one line naming the flag to change when its address cannot be used. */
    private static Console startConsole(CsmsSimulator csms, ConsoleSettings settings) throws Exception {
        try {
            return Console.start(csms, settings);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(
                    "--console-host: unknown address " + settings.host() + "; give an IP address such as 127.0.0.1");
        } catch (BindException e) {
            throw new IllegalArgumentException("--console-port: cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + e.getMessage() + "); give another port with --console-port");
        }
    }

    /** Prints frames as they come, connection by connection. */
    private static void print(CsmsSimulator csms, CountDownLatch stopped) {
        int[] printed = new int[0];
        try {
            while (!stopped.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                var connections = csms.connections();
                if (printed.length < connections.size()) {
                    printed = java.util.Arrays.copyOf(printed, connections.size());
                }
                for (int i = 0; i < connections.size(); i++) {
                    StationConnection connection = connections.get(i);
                    var frames = connection.frames();
                    for (int f = printed[i]; f < frames.size(); f++) {
                        Frame frame = frames.get(f);
                        System.out.println(connection.stationId() + " " + frame);
                    }
                    printed[i] = frames.size();
                }
                System.out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
