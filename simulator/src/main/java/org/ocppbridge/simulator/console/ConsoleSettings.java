package org.ocppbridge.simulator.console;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the console starts.
 *
 * @param host the address the page is served on; 127.0.0.1 unless told otherwise
 * @param port the port; 0 lets the system choose ({@link Console#url()} tells)
 * @param workDir where the test PKI, the firmware image, the received uploads and the reports go
 * @param stationCommand launch mode's station command (from the command line only); null: listen mode only
 */
public record ConsoleSettings(String host, int port, Path workDir, String stationCommand) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    public ConsoleSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(workDir, "workDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--console-port: 0 to 65535, got " + port);
        }
    }
}
