package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OCPPCommCtrlr.WebSocketPingInterval as the connections use it (Part 4 §8.4): the interval every new connection
 * starts its pings with, and a change the CSMS makes applied at once to the connection that is open (its next ping
 * comes one new interval after the change; 0 stops the pings). Thread-safe.
 */
public final class PingInterval {

    private volatile Duration current;
    private final Set<KeepAlive> running = ConcurrentHashMap.newKeySet();

    public PingInterval(Duration initial) {
        this.current = check(initial);
    }

    public Duration get() {
        return current;
    }

    /** Uses {@code interval} from now on, also on the open connection; zero turns client pings off. */
    public void set(Duration interval) {
        current = check(interval);
        running.forEach(keepAlive -> keepAlive.reschedule(interval));
    }

    void started(KeepAlive keepAlive) {
        running.add(keepAlive);
    }

    void stopped(KeepAlive keepAlive) {
        running.remove(keepAlive);
    }

    private static Duration check(Duration interval) {
        Objects.requireNonNull(interval, "webSocketPingInterval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("webSocketPingInterval: must not be negative, was " + interval);
        }
        return interval;
    }
}
