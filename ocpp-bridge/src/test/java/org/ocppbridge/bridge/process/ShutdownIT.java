package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.FakeCharger;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CloseInfo;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * Issue 3: SIGTERM is the normal stop of the packaged bridge. Issue 13: the protocol core never waits, not even
 * for charger software that takes its time to answer.
 */
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

    /**
     * Issue 13: charger software on the system socket holds its answer to update_firmware (it would answer after
     * 8 s; it never gets to). Meanwhile the bridge's own CALL still times out on time, which lets the next one go
     * (one outstanding CALL at a time), and SIGTERM still closes the WebSocket with 1000 and ends the process with
     * 0 within 2 s.
     */
    @Test
    void with_the_charger_holding_its_answer_to_update_firmware_call_time_outs_fire_and_SIGTERM_exits_0_within_2_s()
            throws Exception {
        Duration callTimeout = Duration.ofSeconds(2);
        Duration hold = Duration.ofSeconds(8);
        // The simulator flags a CALL sent while another is unanswered, unless the first one's time-out has passed.
        // It stamps a frame when it has read and checked it, a few milliseconds after it arrived: its limit is
        // set a little shorter than the bridge's, so that this delay is not taken for a CALL sent too early.
        try (CsmsSimulator csms = CsmsSimulator.builder()
                .defaultReplies(true)
                .stationCallTimeout(callTimeout.minusMillis(250))
                .start()) {
            Path socket = home.resolve("system.sock");
            BridgeStation station = new BridgeStation(csms.url(), "CS-SLOW-CHARGER", home);
            StationProcess bridge = processes.start(
                    station,
                    "--system-socket",
                    socket.toString(),
                    "--system-timeout",
                    "30",
                    "--call-timeout",
                    Long.toString(callTimeout.toSeconds()));
            StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
            try (FakeCharger charger = FakeCharger.connect(socket)) {
                // Two Heartbeats the CSMS leaves unanswered: the first goes out, the second waits for its turn.
                connection.stopAutoReply("Heartbeat");
                assertEquals(
                        "Accepted",
                        Wire.status(connection.call("TriggerMessage", Wire.trigger("Heartbeat"), Wire.STEP)));
                IncomingCall first = connection.expectCall("Heartbeat", Wire.STEP);
                assertEquals(
                        "Accepted",
                        Wire.status(connection.call("TriggerMessage", Wire.trigger("Heartbeat"), Wire.STEP)));

                CompletableFuture<CallOutcome> update = connection.sendCall(
                        "UpdateFirmware",
                        Wire.json("{\"requestId\":5,\"firmware\":{\"location\":\"https://fw.example/fw.bin\","
                                + "\"retrieveDateTime\":\"2030-01-01T00:00:00Z\"}}"),
                        Wire.STEP);
                JsonObject command = charger.expectCommand("update_firmware");
                long asked = System.nanoTime();

                // The first Heartbeat times out while the charger still holds its answer; the second goes out.
                IncomingCall second = connection.expectCall("Heartbeat", hold.minus(Duration.ofSeconds(1)));
                assertFalse(update.isDone(), "UpdateFirmware is still unanswered: the charger has not decided");
                long gap = Duration.between(first.receivedAt(), second.receivedAt())
                        .toMillis();
                System.out.println("Heartbeat time-out (call-timeout " + callTimeout.toSeconds()
                        + " s) while the charger held its answer: the next CALL went out after " + gap + " ms");

                long sent = System.nanoTime();
                assertTrue(
                        Duration.ofNanos(sent - asked).compareTo(hold) < 0,
                        "the charger would still hold its answer to " + command);
                bridge.sigterm();
                CloseInfo close = connection.awaitClose(Duration.ofSeconds(2));
                int exitCode = bridge.awaitExit(Duration.ofSeconds(5));
                Duration took = Duration.ofNanos(System.nanoTime() - sent);

                assertEquals(1000, close.code(), close.toString());
                assertTrue(close.byStation(), close.toString());
                assertEquals(0, exitCode, bridge.output());
                assertTrue(
                        took.compareTo(Duration.ofSeconds(2)) <= 0, "SIGTERM to exit took " + took.toMillis() + " ms");
                System.out.println("SIGTERM to exit with the charger's answer held: " + took.toMillis() + " ms");
                connection.assertNoViolations();
            }
        }
    }
}
