package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.testing.VirtualScheduler;
import org.ocppbridge.bridge.transport.FakeConnector.FakeSocket;

/** The reconnect loop in virtual time, with a fake connector. */
class CsmsConnectionTest {

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final FakeConnector connector = new FakeConnector();
    private final Recorder recorder = new Recorder();

    private CsmsConnection connection(RetryBackOff.Settings settings, long seed) {
        return new CsmsConnection(connector, new RetryBackOff(settings, new Random(seed)), scheduler, recorder);
    }

    @Test
    void Part4_5_3_attempts_follow_the_back_off_sequence_in_virtual_time() {
        RetryBackOff.Settings settings = RetryBackOff.Settings.ofSeconds(3, 10, 3);
        RetryBackOff expected = new RetryBackOff(settings, new Random(99));
        CsmsConnection connection = connection(settings, 99);
        connection.start();
        scheduler.runUntilIdle();
        assertEquals(1, connector.attempts.size());

        for (int attempt = 1; attempt <= 6; attempt++) {
            connector.last().fail(FailureKind.CONNECT_FAILED, -1);
            scheduler.runUntilIdle();
            Duration wait = expected.nextDelay();
            assertEquals(Optional.of(wait), recorder.lastDisconnect().nextAttemptIn());

            scheduler.advanceBy(wait.minusNanos(1));
            assertEquals(attempt, connector.attempts.size(), "no attempt before the wait is over");
            scheduler.advanceBy(Duration.ofNanos(1));
            assertEquals(attempt + 1, connector.attempts.size(), "attempt right when the wait is over");
        }
        // 3 doublings, then constant: bases 3, 6, 12, 24, 24, 24 s.
        List<Duration> waits = recorder.waits();
        long[] bases = {3, 6, 12, 24, 24, 24};
        for (int i = 0; i < bases.length; i++) {
            Duration extra = waits.get(i).minusSeconds(bases[i]);
            assertFalse(extra.isNegative() || extra.compareTo(Duration.ofSeconds(10)) > 0, "wait " + waits.get(i));
        }
    }

    @Test
    void refused_handshakes_wait_too_and_report_the_status() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(5, 0, 2), 1);
        connection.start();
        scheduler.runUntilIdle();

        connector.last().fail(FailureKind.HANDSHAKE_REFUSED, 401);
        scheduler.runUntilIdle();
        scheduler.advanceBy(Duration.ofSeconds(5));
        connector.last().fail(FailureKind.HANDSHAKE_REFUSED, 503);
        scheduler.runUntilIdle();

        assertEquals(2, connector.attempts.size());
        assertEquals(
                List.of(401, 503),
                recorder.disconnects.stream()
                        .map(d -> d.failure().orElseThrow().httpStatus())
                        .toList());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), recorder.waits());
    }

    @Test
    void a_connector_that_throws_never_makes_a_tight_loop() {
        connector.failOnConnect = new IllegalStateException("broken set-up");
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(2, 0, 1), 1);
        connection.start();
        scheduler.runUntilIdle();

        assertEquals(List.of(Duration.ofSeconds(2)), recorder.waits());
        scheduler.advanceBy(Duration.ofSeconds(2));
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), recorder.waits());
        assertEquals(
                Optional.of(FailureKind.CONNECT_FAILED),
                recorder.lastDisconnect().failureKind());
    }

    @Test
    void Part4_5_3_back_off_starts_again_at_the_minimum_after_a_successful_reconnect() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(1, 0, 5), 1);
        connection.start();
        scheduler.runUntilIdle();
        connector.last().fail(FailureKind.CONNECT_FAILED, -1); // wait 1
        scheduler.runUntilIdle();
        scheduler.advanceBy(Duration.ofSeconds(1));
        connector.last().fail(FailureKind.CONNECT_FAILED, -1); // wait 2
        scheduler.runUntilIdle();
        scheduler.advanceBy(Duration.ofSeconds(2));

        // Successfully reconnected, however briefly (TC_B_57 steps 3-5): the next drop waits the minimum.
        connector.last().open();
        scheduler.runUntilIdle();
        connector.last().fail(FailureKind.CONNECTION_LOST, -1); // wait 1
        scheduler.runUntilIdle();
        scheduler.advanceBy(Duration.ofSeconds(1));
        // TC_B_57 step 6: this attempt is refused, so the wait doubles from the minimum again (step 7).
        connector.last().fail(FailureKind.HANDSHAKE_REFUSED, 503); // wait 2
        scheduler.runUntilIdle();
        scheduler.advanceBy(Duration.ofSeconds(2));
        connector.last().open();
        scheduler.advanceBy(Duration.ofSeconds(30));
        connector.last().fail(FailureKind.PONG_TIMEOUT, -1); // wait 1
        scheduler.runUntilIdle();

        assertEquals(
                List.of(1L, 2L, 1L, 2L, 1L),
                recorder.waits().stream().map(Duration::toSeconds).toList());
        assertEquals(
                List.of(false, false, true, false, true),
                recorder.disconnects.stream().map(Disconnect::wasConnected).toList());
    }

    @Test
    void events_reach_the_owner_on_the_scheduler_and_only_from_the_current_connection() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(1, 0, 1), 1);
        connection.start();
        scheduler.runUntilIdle();
        FakeSocket first = connector.last();

        first.open();
        first.receive("[2,\"1\",\"Reset\",{}]");
        assertTrue(recorder.events.isEmpty(), "nothing before the scheduler runs");
        scheduler.runUntilIdle();
        assertEquals(List.of("connected", "message [2,\"1\",\"Reset\",{}]"), recorder.events);
        assertSame(first, recorder.connectedSocket);
        assertTrue(connection.send("[3,\"1\",{}]"));
        assertEquals(List.of("[3,\"1\",{}]"), first.sent);

        first.fail(FailureKind.CONNECTION_LOST, -1);
        scheduler.runUntilIdle();
        assertFalse(connection.isConnected());
        assertFalse(connection.send("late"));
        scheduler.advanceBy(Duration.ofSeconds(1));
        FakeSocket second = connector.last();
        second.open();
        scheduler.runUntilIdle();

        assertEquals(
                List.of("connected", "message [2,\"1\",\"Reset\",{}]", "disconnected", "connected"), recorder.events);
        assertSame(second, recorder.connectedSocket);
    }

    @Test
    void close_ends_with_a_close_handshake_and_no_more_attempts() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(1, 0, 1), 1);
        connection.start();
        scheduler.runUntilIdle();
        FakeSocket socket = connector.last();
        socket.open();
        scheduler.runUntilIdle();

        var closed = connection.close(1000, "shutdown");
        scheduler.runUntilIdle();
        assertEquals(1000, socket.closeCode);
        assertFalse(closed.isDone(), "done only when the transport has ended");
        socket.closedByHandshake(1000, "shutdown");
        scheduler.runUntilIdle();

        assertTrue(closed.isDone());
        assertEquals(Optional.empty(), recorder.lastDisconnect().nextAttemptIn());
        scheduler.advanceBy(Duration.ofHours(1));
        assertEquals(1, connector.attempts.size());
        assertEquals(0, scheduler.pendingTasks());
    }

    @Test
    void close_while_waiting_cancels_the_next_attempt() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(1, 0, 1), 1);
        connection.start();
        scheduler.runUntilIdle();
        connector.last().fail(FailureKind.CONNECT_FAILED, -1);
        scheduler.runUntilIdle();

        var closed = connection.close(1000, "shutdown");
        scheduler.advanceBy(Duration.ofMinutes(5));

        assertTrue(closed.isDone());
        assertEquals(1, connector.attempts.size());
    }

    @Test
    void restart_closes_with_1000_waits_the_pause_and_connects_again() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(10, 0, 3), 1);
        connection.start();
        scheduler.runUntilIdle();
        FakeSocket socket = connector.last();
        socket.open();
        scheduler.runUntilIdle();

        connection.restart(Duration.ofSeconds(1));
        scheduler.runUntilIdle();
        assertEquals(1000, socket.closeCode);
        socket.closedByHandshake(1000, "restart");
        scheduler.runUntilIdle();

        assertEquals(
                Optional.of(Duration.ofSeconds(1)), recorder.lastDisconnect().nextAttemptIn());
        scheduler.advanceBy(Duration.ofSeconds(1));
        assertEquals(2, connector.attempts.size());
        connector.last().fail(FailureKind.CONNECT_FAILED, -1);
        scheduler.runUntilIdle();
        assertEquals(
                Optional.of(Duration.ofSeconds(10)),
                recorder.lastDisconnect().nextAttemptIn(),
                "back-off was reset by the restart");
    }

    @Test
    void a_connection_that_opens_after_close_was_requested_is_closed_at_once() {
        CsmsConnection connection = connection(RetryBackOff.Settings.ofSeconds(1, 0, 1), 1);
        connection.start();
        scheduler.runUntilIdle();
        FakeSocket socket = connector.last();

        connection.close(1000, "shutdown");
        scheduler.runUntilIdle();

        assertTrue(socket.cancelled, "a connection still opening is cancelled");
        assertNull(recorder.connectedSocket);
    }

    /** Records what the owner hears; runs on the (virtual) scheduler. */
    static final class Recorder implements CsmsConnection.Listener {
        final List<String> events = new ArrayList<>();
        final List<Disconnect> disconnects = new ArrayList<>();
        WebSocket connectedSocket;

        @Override
        public void onConnected(WebSocket webSocket) {
            connectedSocket = webSocket;
            events.add("connected");
        }

        @Override
        public void onMessage(String text) {
            events.add("message " + text);
        }

        @Override
        public void onDisconnected(Disconnect disconnect) {
            disconnects.add(disconnect);
            events.add("disconnected");
        }

        Disconnect lastDisconnect() {
            return disconnects.get(disconnects.size() - 1);
        }

        List<Duration> waits() {
            return disconnects.stream()
                    .map(d -> d.nextAttemptIn().orElseThrow())
                    .toList();
        }
    }
}
