package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_20_CS: TriggerMessage Heartbeat → Accepted, then a HeartbeatRequest within a few seconds. */
public final class TC_F_20_CS implements ConformanceCase {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Override
    public String id() {
        return "TC_F_20_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage Heartbeat";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "Heartbeat", null, "Accepted", "F06.FR.04 (TC_F_20)");
        context.await(call -> call.action().equals("Heartbeat"), WITHIN, "F06 (TC_F_20 step 3): HeartbeatRequest");
    }
}
