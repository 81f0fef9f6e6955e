package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/** Every log line starts with its time. The log level is INFO by default; a firmware engineer chasing a problem turns on DEBUG with one -D flag. */
class LogLevelIT {

    private static final Pattern TIMESTAMPED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
    private static final String DELIVERED = "SecurityEventNotification #1 delivered";

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    @Test
    void a_D_flag_turns_on_debug_lines_which_are_off_by_default() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            String debugOutput = runUntilSecurityEventAnswered(
                    csms, "CS-DEBUG", List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"));
            assertTrue(debugOutput.contains(" DEBUG "), debugOutput);
            assertTrue(debugOutput.contains(DELIVERED), debugOutput);

            String defaultOutput = runUntilSecurityEventAnswered(csms, "CS-INFO", List.of());
            assertFalse(defaultOutput.contains(" DEBUG "), defaultOutput);
            assertTrue(defaultOutput.contains(" INFO "), defaultOutput);
            // GetLog cuts the bridge's own log to a time window by the time each line starts with.
            for (String output : List.of(debugOutput, defaultOutput)) {
                output.lines()
                        .filter(line -> line.contains(" INFO ") || line.contains(" DEBUG "))
                        .forEach(line -> assertTrue(TIMESTAMPED.matcher(line).lookingAt(), line));
            }
        }
    }

    private String runUntilSecurityEventAnswered(CsmsSimulator csms, String stationId, List<String> jvmOptions)
            throws Exception {
        BridgeStation station = new BridgeStation(csms.url(), stationId, home.resolve(stationId));
        StationProcess bridge = processes.start(jvmOptions, station);
        StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
        // The delivered line is written when the event's CALLRESULT reaches the bridge. The bridge handles frames in
        // the order they arrive, one at a time: once it has answered a CALL sent after that CALLRESULT, the line is
        // written.
        connection.call("TriggerMessage", Wire.json("{\"requestedMessage\":\"Heartbeat\"}"), Wire.STEP);
        bridge.sigterm();
        assertEquals(0, bridge.awaitExit(Duration.ofSeconds(5)), bridge.output());
        return bridge.output();
    }
}
