package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * The CALLs of one station in the order it sent them, across its connections: when the station reboots or
 * reconnects, the feed moves on to the next connection once the old one has nothing left. A case reads one
 * stream and sees a reboot as a BootNotification on a later {@link #connectionNumber()}.
 */
public final class CallFeed {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Duration HANDOVER = Duration.ofSeconds(2);

    private final CsmsSimulator csms;
    private int index;
    private int taken;

    /** A feed that starts with the connection at {@code firstConnection} (0 = the first one ever). */
    public CallFeed(CsmsSimulator csms, int firstConnection) {
        this.csms = csms;
        this.index = firstConnection;
    }

    /** The connection the feed reads now; null before the station connected. */
    StationConnection current() {
        List<StationConnection> all = csms.connections();
        return index < all.size() ? all.get(index) : null;
    }

    /** The index of the connection the last call came on (counting every connection of the simulator). */
    public int connectionNumber() {
        return index;
    }

    /** Waits for a connection at or after the feed's position; null when none comes in time. */
    StationConnection awaitConnection(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            StationConnection connection = current();
            if (connection != null) {
                return connection;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return null;
    }

    /** The next CALL from the station on any connection, or null when none comes within {@code timeout}. */
    public IncomingCall next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<StationConnection> all = csms.connections();
            if (index < all.size()) {
                StationConnection connection = all.get(index);
                if (pending(connection) > taken) {
                    taken++;
                    IncomingCall call = take(connection);
                    if (call != null) {
                        return call;
                    }
                    continue;
                }
                if (index + 1 < all.size() && !connection.isOpen()) {
                    index++;
                    taken = 0;
                    continue;
                }
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return null;
    }

    private static IncomingCall take(StationConnection connection) {
        try {
            // A closed connection recorded and queued all its CALLs before it closed: nothing more can come, so
            // a CALL an earlier feed already took costs no wait (the console runs cases on a long-lived one).
            return connection.nextCall(connection.isOpen() ? HANDOVER : Duration.ZERO);
        } catch (AssertionError malformed) {
            // A CALL frame the recorder did not queue (it broke the frame rules): it is in violations().
            return null;
        }
    }

    /** How many well-formed CALL frames the station sent on this connection. */
    private static int pending(StationConnection connection) {
        int count = 0;
        for (Frame frame : connection.frames()) {
            if (frame.direction() == Frame.Direction.FROM_STATION && isCall(frame.text())) {
                count++;
            }
        }
        return count;
    }

    private static boolean isCall(String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonArray()) {
                return false;
            }
            JsonArray array = root.getAsJsonArray();
            return array.size() == 4
                    && array.get(0).isJsonPrimitive()
                    && array.get(0).getAsJsonPrimitive().isNumber()
                    && array.get(0).getAsInt() == 2
                    && array.get(1).isJsonPrimitive()
                    && array.get(2).isJsonPrimitive()
                    && array.get(3).isJsonObject();
        } catch (JsonParseException | NumberFormatException | UnsupportedOperationException e) {
            return false;
        }
    }
}
