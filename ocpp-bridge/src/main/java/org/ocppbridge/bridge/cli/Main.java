package org.ocppbridge.bridge.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.runtime.Bridge;
import org.ocppbridge.bridge.runtime.LoggingStationObserver;
import org.ocppbridge.bridge.runtime.StartupWarmup;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * {@code java -jar ocpp-bridge.jar --csms-url … --station-id …}: runs the bridge until SIGTERM, which closes the
 * WebSocket with 1000 and exits 0 within 2 s. A bad flag or configuration exits 2 with one line.
 */
public final class Main {

    /** The shutdown hook's share of the 2 s a SIGTERM allows. */
    private static final Duration STOP_LIMIT = Duration.ofMillis(1500);

    private static final int EXIT_START_FAILED = 1;

    private Main() {}

    public static void main(String[] args) {
        // First of all: what the first BootNotification needs is loaded on a second core meanwhile.
        JsonSchemas schemas = new JsonSchemas();
        StartupWarmup.start(schemas, LogSetup::warmUpDateFormat);
        int code = BridgeCommandLine.run(args, System.out, System.err, config -> launch(config, schemas));
        System.exit(code);
    }

    private static int launch(BridgeConfig config, JsonSchemas schemas) {
        try {
            LogSetup.configure(config);
        } catch (IOException e) {
            System.err.println(BridgeCommandLine.NAME + ": --log-dir: cannot write the log file there ("
                    + e.getMessage() + "); choose a writable directory");
            return BridgeCommandLine.EXIT_USAGE;
        }
        Bridge bridge = new Bridge(config, Clock.systemUTC(), new LoggingStationObserver(), schemas);
        try {
            bridge.start();
        } catch (IOException | RuntimeException e) {
            System.err.println(BridgeCommandLine.NAME + ": cannot start: " + e.getMessage());
            bridge.close(STOP_LIMIT);
            return EXIT_START_FAILED;
        }
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bridge.close(STOP_LIMIT);
                            System.err.flush();
                            // A SIGTERM is the normal way to stop the bridge: exit 0, not the JVM's 143.
                            Runtime.getRuntime().halt(0);
                        },
                        "ocpp-shutdown"));
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
