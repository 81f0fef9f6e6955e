package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * P6 TC_B_20_CS: Reset OnIdle with nothing running → Accepted, a reboot, BootNotification Accepted and the
 * boot's security event. The boot reason is not judged (B_20 leaves it open).
 */
public final class TC_B_20_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_20_CS";
    }

    @Override
    public String title() {
        return "Reset - no ongoing transaction - OnIdle";
    }

    @Override
    public void run(CaseContext context) {
        int before = context.openConnectionNumber();
        String status = context.callStatus("Reset", Requests.reset("OnIdle", null), "B11.FR.01");
        CaseFailure.check(
                status.equals("Accepted"),
                "B11.FR.01 (TC_B_20 step 2): ResetResponse " + status + " while idle, expected Accepted");
        ResetSteps.rebooted(context, before, "B11.FR.03 (TC_B_20 step 3)");
    }
}
