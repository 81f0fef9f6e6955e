package org.ocppbridge.bridge.process;

import java.nio.file.Path;
import java.util.List;

/**
 * One charging station run by the jar: its CSMS, its identity and its home directory (data dir, log dir and the
 * process output files). Starting the jar again with the same station is a restart on the same data dir.
 */
record BridgeStation(String csmsUrl, String stationId, Path home) {

    Path dataDir() {
        return home.resolve("data");
    }

    Path logDir() {
        return home.resolve("logs");
    }

    /** The flags every test start uses: a reconnect wait of 1 s without a random part, no WebSocket pings. */
    List<String> arguments() {
        return List.of(
                "--csms-url",
                csmsUrl,
                "--station-id",
                stationId,
                "--data-dir",
                dataDir().toString(),
                "--log-dir",
                logDir().toString(),
                "--retry-backoff-wait-minimum",
                "1",
                "--retry-backoff-random-range",
                "0",
                "--ping-interval",
                "0");
    }
}
