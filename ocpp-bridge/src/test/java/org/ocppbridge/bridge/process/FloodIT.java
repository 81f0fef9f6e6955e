package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CloseInfo;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * Issue 15, point 1: a CSMS that floods the bridge with 300,000 frames, as in the report, with the launcher's
 * heap (-Xmx32m, serial GC). The JVM exits on an OutOfMemoryError, so "still running" means the heap was never
 * exhausted. On 127.0.0.1, bounded in count and time.
 */
class FloodIT {

    private static final int FLOOD = 300_000;
    private static final List<String> LAUNCHER_HEAP =
            List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    /** The flood must be worked off within this; the bridge is then idle. */
    private static final Duration WORK_OFF = Duration.ofSeconds(240);

    private static final Duration ANSWER = Duration.ofSeconds(5);
    /** The README's number of invalid frames in a row before the bridge closes the connection. */
    private static final int BAD_FRAME_LIMIT = 100;

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    private static String bad(int i) {
        return "[2,\"f" + i + "\",\"Reset\",{\"type\":\"Sideways\"}]";
    }

    @Test
    void a_flood_mixed_with_valid_frames_is_read_only_as_fast_as_the_core_handles_it_and_never_exhausts_the_heap()
            throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            BridgeStation station = new BridgeStation(csms.url(), "CS-FLOOD-MIXED", home);
            StationProcess bridge = processes.start(LAUNCHER_HEAP, station);
            StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

            // Every 50th frame is valid, so the bad-frame limit never closes the connection: only the bound on
            // what waits for the core (TCP pushing back) keeps the heap in check.
            long started = System.nanoTime();
            for (int i = 0; i < FLOOD; i++) {
                connection.sendRaw(
                        i % 50 == 49
                                ? "[2,\"v" + i + "\",\"TriggerMessage\",{\"requestedMessage\":\"MeterValues\"}]"
                                : bad(i));
            }
            // Frames are handled in order: this answer means the whole flood was handled.
            assertEquals(
                    "Accepted",
                    Wire.status(connection.call("TriggerMessage", Wire.trigger("Heartbeat"), WORK_OFF)),
                    bridge.output());
            Duration workedOff = Duration.ofNanos(System.nanoTime() - started);
            connection.expectCall("Heartbeat", ANSWER);

            long asked = System.nanoTime();
            assertEquals("Accepted", Wire.status(connection.call("TriggerMessage", Wire.trigger("Heartbeat"), ANSWER)));
            connection.expectCall("Heartbeat", ANSWER);
            Duration answered = Duration.ofNanos(System.nanoTime() - asked);

            assertTrue(bridge.isAlive(), "no OutOfMemoryError: " + tail(bridge.output()));
            assertTrue(connection.isOpen(), "still the same connection");
            assertFalse(bridge.output().contains("OutOfMemoryError"), tail(bridge.output()));
            System.out.println("FloodIT mixed: " + FLOOD + " frames worked off in " + workedOff.toMillis()
                    + " ms; TriggerMessage Heartbeat answered " + answered.toMillis() + " ms after");
        }
    }

    @Test
    void a_flood_of_invalid_frames_closes_the_connection_with_1008_and_the_reconnected_bridge_answers_within_5_s()
            throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            BridgeStation station = new BridgeStation(csms.url(), "CS-FLOOD-BAD", home);
            StationProcess bridge = processes.start(LAUNCHER_HEAP, station);
            StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

            int sent = 0;
            try {
                for (; sent < FLOOD && connection.isOpen(); sent++) {
                    connection.sendRaw(bad(sent));
                }
            } catch (RuntimeException closedMeanwhile) {
                // The station closed the connection while the flood was being queued: that is the point.
            }
            assertTrue(sent > BAD_FRAME_LIMIT, "the flood got past the limit before the close: " + sent);
            CloseInfo close = connection.awaitClose(WORK_OFF);
            long floodEnded = System.nanoTime();
            assertEquals(1008, close.code(), close.toString());
            assertTrue(close.byStation(), close.toString());

            StationConnection again = Wire.awaitBoot(csms, bridge, "PowerUp");
            assertEquals("Accepted", Wire.status(again.call("TriggerMessage", Wire.trigger("Heartbeat"), ANSWER)));
            again.expectCall("Heartbeat", ANSWER);
            Duration answered = Duration.ofNanos(System.nanoTime() - floodEnded);
            assertTrue(answered.compareTo(ANSWER) <= 0, "answered " + answered.toMillis() + " ms after the flood");
            assertTrue(bridge.isAlive(), tail(bridge.output()));
            assertTrue(bridge.output().contains("invalid frames in a row"), tail(bridge.output()));
            System.out.println(
                    "FloodIT invalid: reconnected and answered " + answered.toMillis() + " ms after the close");
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
