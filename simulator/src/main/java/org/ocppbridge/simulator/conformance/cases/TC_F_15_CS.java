package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_15_CS: no upload running → Accepted, then LogStatusNotification Idle. */
public final class TC_F_15_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_15_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage LogStatusNotification - Idle";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "LogStatusNotification", null, "Accepted", "F06.FR.04 (TC_F_15)");
        TriggerSteps.triggered(context, "LogStatusNotification", "Idle", "F06 (TC_F_15 step 3)");
    }
}
