package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_B_09_CS: SetVariables OCPPCommCtrlr.OfflineThreshold=300 is Accepted (B05.FR.01 etc.). */
public final class TC_B_09_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_09_CS";
    }

    @Override
    public String title() {
        return "Set Variables - single value";
    }

    @Override
    public void run(CaseContext context) {
        JsonObject result = VariableSteps.set(context, "OCPPCommCtrlr", "OfflineThreshold", "300", "B05.FR.01");
        CaseFailure.check(
                VariableSteps.status(result).equals("Accepted"),
                "B05.FR.01: attributeStatus " + VariableSteps.status(result) + ", expected Accepted");
        VariableSteps.reasonAbsentOr(result, "NoError", "B05.FR.02");
    }
}
