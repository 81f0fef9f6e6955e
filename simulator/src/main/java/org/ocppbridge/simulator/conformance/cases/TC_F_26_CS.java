package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_26_CS: BootNotification cannot be triggered once the boot was Accepted (F06.FR.17). */
public final class TC_F_26_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_26_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage BootNotification - Rejected after an Accepted boot";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "BootNotification", null, "Rejected", "F06.FR.17");
    }
}
