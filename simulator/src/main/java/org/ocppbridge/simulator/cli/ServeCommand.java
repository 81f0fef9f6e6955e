package org.ocppbridge.simulator.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.StationConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --port <port>}: the bare simulator with default replies, printing every frame until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the bare CSMS simulator (default replies, every frame printed) until interrupted.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", required = true, description = "Port to listen on.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "0.0.0.0",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String host;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (CsmsSimulator csms = CsmsSimulator.builder()
                .host(host)
                .port(port)
                .defaultReplies(true)
                .start()) {
            System.out.println("CSMS simulator at " + csms.url() + "/<station id> (Ctrl-C to stop)");
            Thread printer = new Thread(() -> print(csms, stopped), "simulator-frame-printer");
            printer.setDaemon(true);
            printer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-shutdown"));
            stopped.await();
        }
        return 0;
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
