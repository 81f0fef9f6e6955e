package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/** P6 TC_B_28_CS: a station without per-EVSE reset answers Reset OnIdle with an evseId Rejected (B11.FR.09). */
public final class TC_B_28_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_28_CS";
    }

    @Override
    public String title() {
        return "Reset EVSE - not supported";
    }

    @Override
    public void run(CaseContext context) {
        String status = context.callStatus("Reset", Requests.reset("OnIdle", 1), "B11.FR.09");
        CaseFailure.check(
                status.equals("Rejected"),
                "B11.FR.09: ResetResponse " + status + " for an EVSE reset, expected Rejected");
    }
}
