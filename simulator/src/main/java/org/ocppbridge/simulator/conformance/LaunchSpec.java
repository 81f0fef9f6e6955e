package org.ocppbridge.simulator.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one case starts its station: the bridge's flags with fresh directories, plus the case's own flags.
 *
 * @param csmsUrl the simulator's URL; the station appends its id
 * @param stationId the identity to use
 * @param dataDir a fresh data directory
 * @param logDir a fresh log directory
 * @param trustAnchor the root the firmware signing certificates chain to
 * @param extraFlags the case's flags (documented on the case)
 * @param output where the station's stdout and stderr go
 */
public record LaunchSpec(
        String csmsUrl,
        String stationId,
        Path dataDir,
        Path logDir,
        Path trustAnchor,
        List<String> extraFlags,
        Path output) {

    public LaunchSpec {
        Objects.requireNonNull(csmsUrl, "csmsUrl");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(trustAnchor, "trustAnchor");
        extraFlags = List.copyOf(extraFlags);
        Objects.requireNonNull(output, "output");
    }

    /** {@code --csms-url U --station-id I --data-dir D --log-dir L --firmware-trust-anchor R} and the extras. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>(List.of(
                "--csms-url", csmsUrl,
                "--station-id", stationId,
                "--data-dir", dataDir.toString(),
                "--log-dir", logDir.toString(),
                "--firmware-trust-anchor", trustAnchor.toString()));
        flags.addAll(extraFlags);
        return flags;
    }
}
