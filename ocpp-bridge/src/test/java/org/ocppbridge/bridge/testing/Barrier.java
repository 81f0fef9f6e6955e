package org.ocppbridge.bridge.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.time.Duration;
import org.ocppbridge.simulator.StationConnection;

/**
 * Proves that the bridge sent nothing more, without waiting on the clock. The bridge handles the CSMS's frames in
 * order on its one core thread, and whatever an earlier frame or a status reported earlier makes it send leaves
 * before it answers a later CALL. So once it has answered a CALL without side effects (TriggerMessage MeterValues,
 * answered NotImplemented in every registration state), a CALL it would have sent is already here.
 */
public final class Barrier {

    private Barrier() {}

    /** A round trip through the bridge's core thread. */
    public static void roundTrip(StationConnection csms) {
        assertEquals(
                "NotImplemented",
                csms.call(
                                "TriggerMessage",
                                JsonParser.parseString("{\"requestedMessage\":\"MeterValues\"}")
                                        .getAsJsonObject())
                        .payload()
                        .get("status")
                        .getAsString());
    }

    /** Fails when the station sent a CALL the test has not taken, or sends one before the barrier's answer. */
    public static void assertNoMoreCalls(StationConnection csms) {
        roundTrip(csms);
        csms.assertNoMoreCalls(Duration.ZERO);
    }
}
