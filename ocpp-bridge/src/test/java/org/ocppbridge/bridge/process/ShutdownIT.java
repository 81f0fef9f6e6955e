package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CloseInfo;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/** Issue 3: SIGTERM is the normal stop of the packaged bridge. */
class ShutdownIT {

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    @Test
    void SIGTERM_closes_the_WebSocket_with_1000_and_the_process_exits_0_within_2_s() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            BridgeStation station = new BridgeStation(csms.url(), "CS-SHUTDOWN", home);
            StationProcess bridge = processes.start(station);
            StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

            long sent = System.nanoTime();
            bridge.sigterm();
            CloseInfo close = connection.awaitClose(Duration.ofSeconds(2));
            int exitCode = bridge.awaitExit(Duration.ofSeconds(5));
            Duration took = Duration.ofNanos(System.nanoTime() - sent);

            assertEquals(1000, close.code(), close.toString());
            assertTrue(close.byStation(), close.toString());
            assertEquals(0, exitCode, bridge.output());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "SIGTERM to exit took " + took.toMillis() + " ms");
            System.out.println("SIGTERM to exit: " + took.toMillis() + " ms");
            connection.assertNoViolations();
        }
    }
}
