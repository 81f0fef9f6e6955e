package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_18_CS: no update running → Accepted, then FirmwareStatusNotification Idle (F06.FR.16, L01.FR.25). */
public final class TC_F_18_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_18_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage FirmwareStatusNotification - Idle";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "FirmwareStatusNotification", null, "Accepted", "F06.FR.16 (TC_F_18)");
        TriggerSteps.triggered(context, "FirmwareStatusNotification", "Idle", "L01.FR.25 (TC_F_18)");
    }
}
