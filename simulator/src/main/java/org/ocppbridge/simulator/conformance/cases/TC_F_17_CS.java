package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_17_CS: the evse of a FirmwareStatusNotification trigger is ignored → Accepted, then Idle. */
public final class TC_F_17_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_17_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage FirmwareStatusNotification - EVSE not relevant";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "FirmwareStatusNotification", 1, "Accepted", "F06 (TC_F_17)");
        TriggerSteps.triggered(context, "FirmwareStatusNotification", "Idle", "L01.FR.25 (TC_F_17)");
    }
}
