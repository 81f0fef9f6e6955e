package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.ocppbridge.simulator.DefaultReplies;

/**
 * How the simulator answers the next BootNotifications: the planned answers first (Rejected for TC_B_03 and
 * TC_B_30), then Accepted with the run's heartbeat interval.
 */
final class BootPlan implements Function<JsonObject, JsonObject> {

    private record Answer(String status, int interval) {}

    private final Clock clock;
    private final int heartbeatInterval;
    private final ConcurrentLinkedQueue<Answer> planned = new ConcurrentLinkedQueue<>();

    BootPlan(Clock clock, int heartbeatInterval) {
        this.clock = clock;
        this.heartbeatInterval = heartbeatInterval;
    }

    /** The next BootNotification not yet answered gets {@code status} with {@code interval}. */
    void then(String status, int interval) {
        planned.add(new Answer(status, interval));
    }

    @Override
    public JsonObject apply(JsonObject request) {
        Answer answer = planned.poll();
        return answer == null
                ? DefaultReplies.bootNotification("Accepted", heartbeatInterval, clock.instant())
                : DefaultReplies.bootNotification(answer.status(), answer.interval(), clock.instant());
    }
}
