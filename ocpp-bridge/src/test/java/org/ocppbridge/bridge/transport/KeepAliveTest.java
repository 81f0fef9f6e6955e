package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.testing.VirtualScheduler;

/** The keep-alive follows OCPPCommCtrlr.WebSocketPingInterval at once (Part 4 §8.4), in virtual time. */
class KeepAliveTest {

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<Duration> pings = new ArrayList<>();
    private int timeouts;

    private KeepAlive keepAlive(PingInterval interval) {
        return new KeepAlive(
                scheduler,
                interval,
                Duration.ofSeconds(5),
                () -> {
                    pings.add(scheduler.elapsed());
                    return true;
                },
                () -> timeouts++);
    }

    @Test
    void WebSocketPingInterval_set_on_an_open_connection_starts_pings_one_new_interval_later() {
        PingInterval interval = new PingInterval(Duration.ZERO);
        KeepAlive keepAlive = keepAlive(interval);
        keepAlive.start();
        scheduler.advanceBy(Duration.ofSeconds(100));
        assertEquals(List.of(), pings, "0: no client pings");

        interval.set(Duration.ofSeconds(10));
        scheduler.advanceBy(Duration.ofSeconds(10));
        keepAlive.pongReceived();
        scheduler.advanceBy(Duration.ofSeconds(10));
        keepAlive.pongReceived();
        assertEquals(List.of(Duration.ofSeconds(110), Duration.ofSeconds(120)), pings);

        interval.set(Duration.ZERO);
        scheduler.advanceBy(Duration.ofSeconds(100));
        assertEquals(2, pings.size(), "0 again: the pings stop at once");
        assertEquals(0, timeouts);
    }

    @Test
    void a_stopped_keep_alive_no_longer_follows_the_interval() {
        PingInterval interval = new PingInterval(Duration.ofSeconds(30));
        KeepAlive keepAlive = keepAlive(interval);
        keepAlive.start();
        keepAlive.stop();
        interval.set(Duration.ofSeconds(1));
        scheduler.advanceBy(Duration.ofSeconds(60));
        assertEquals(List.of(), pings);
        assertEquals(0, scheduler.pendingTasks());
    }
}
