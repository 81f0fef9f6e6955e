package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_06_CS: GetVariables of OCPPCommCtrlr.OfflineThreshold, a variable every device model has (B06.FR.01
 * etc.). The preparation "OfflineThreshold is 300" is made with a SetVariables first.
 */
public final class TC_B_06_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_06_CS";
    }

    @Override
    public String title() {
        return "Get Variables - single value";
    }

    @Override
    public void run(CaseContext context) {
        JsonObject prepared =
                VariableSteps.set(context, "OCPPCommCtrlr", "OfflineThreshold", "300", "TC_B_06 preparation");
        CaseFailure.check(
                VariableSteps.status(prepared).equals("Accepted"),
                "TC_B_06 preparation: SetVariables OfflineThreshold=300 answered " + VariableSteps.status(prepared));
        JsonObject result = VariableSteps.get(context, "OCPPCommCtrlr", "OfflineThreshold", "B06.FR.01");
        CaseFailure.check(
                VariableSteps.status(result).equals("Accepted"),
                "B06.FR.01: attributeStatus " + VariableSteps.status(result) + ", expected Accepted");
        String value = result.has("attributeValue") ? Checks.string(result, "attributeValue") : "(absent)";
        CaseFailure.check(value.equals("300"), "B06.FR.02: attributeValue " + value + ", expected 300");
        VariableSteps.reasonAbsentOr(result, "NoError", "B06.FR.02");
    }
}
