package org.ocppbridge.bridge.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * A {@link StationHarness} over a fresh simulator, booted: its BootNotification and start-up security event are
 * taken, so a wire test begins at the first CALL it cares about. Closing checks that the station sent no frame that
 * broke the rules, then stops the station and the simulator.
 */
public final class BootedStation implements AutoCloseable {

    private static final Duration BOOT_WAIT = Duration.ofSeconds(10);

    private final CsmsSimulator simulator;
    private final StationHarness harness;
    private final StationConnection csms;

    private BootedStation(CsmsSimulator simulator, StationHarness harness, StationConnection csms) {
        this.simulator = simulator;
        this.harness = harness;
        this.csms = csms;
    }

    /** Starts a simulator and a station over {@code system} with its data in {@code dataDir}, and takes its boot. */
    public static BootedStation start(ChargerSystem system, Path dataDir) throws Exception {
        CsmsSimulator simulator = CsmsSimulator.builder().defaultReplies(true).start();
        try {
            StationHarness harness = new StationHarness(simulator, system, dataDir);
            StationConnection csms = simulator.awaitStation(BOOT_WAIT);
            csms.expectCall("BootNotification");
            csms.expectCall("SecurityEventNotification");
            return new BootedStation(simulator, harness, csms);
        } catch (Exception | AssertionError e) {
            simulator.close();
            throw e;
        }
    }

    /** The simulator's side of the station's connection. */
    public StationConnection csms() {
        return csms;
    }

    @Override
    public void close() throws Exception {
        try {
            csms.assertNoViolations();
        } finally {
            harness.close();
            simulator.close();
        }
    }
}
