package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_11_CS: SetVariables with values of the wrong format (B05.FR.07). OfflineThreshold is an integer: "1" may be
 * Accepted, "1.1", "true", a date-time and "abc" must be Rejected (reasonCode InvalidValue when given). The other
 * variables of the case (SmartChargingCtrlr.LimitChangeSignificance, AuthCtrlr.AuthorizeRemoteStart,
 * ClockCtrlr.NextTimeOffsetTransitionDateTime) are tried only where the station has them: an UnknownComponent or
 * UnknownVariable answer says it does not, and their steps are skipped, as the test tool skips them.
 */
public final class TC_B_11_CS implements ConformanceCase {

    private static final List<String[]> OPTIONAL = List.of(
            new String[] {"SmartChargingCtrlr", "LimitChangeSignificance"},
            new String[] {"AuthCtrlr", "AuthorizeRemoteStart"},
            new String[] {"ClockCtrlr", "NextTimeOffsetTransitionDateTime"});

    @Override
    public String id() {
        return "TC_B_11_CS";
    }

    @Override
    public String title() {
        return "Set Variables - invalidly formatted values";
    }

    @Override
    public void run(CaseContext context) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (String value : List.of("1", "1.1", "true", now, "abc")) {
            JsonObject result = VariableSteps.set(context, "OCPPCommCtrlr", "OfflineThreshold", value, "B05.FR.07");
            String status = VariableSteps.status(result);
            boolean integer = value.equals("1");
            CaseFailure.check(
                    integer ? status.equals("Accepted") || status.equals("Rejected") : status.equals("Rejected"),
                    "B05.FR.07: OfflineThreshold=\"" + value + "\" answered " + status
                            + (integer ? "" : ", expected Rejected (not an integer)"));
            VariableSteps.reasonAbsentOr(result, "InvalidValue", "B05.FR.07");
        }
        for (String[] variable : OPTIONAL) {
            for (String value : List.of("1", "1.1", "true", now, "abc")) {
                JsonObject result = VariableSteps.set(context, variable[0], variable[1], value, "B05.FR.07");
                String status = VariableSteps.status(result);
                if (status.equals("UnknownComponent") || status.equals("UnknownVariable")) {
                    break; // not in this station's device model: the tool skips these steps
                }
                CaseFailure.check(
                        status.equals("Accepted") || status.equals("Rejected"),
                        "B05.FR.07: " + variable[0] + "." + variable[1] + "=\"" + value + "\" answered " + status);
                if (status.equals("Rejected")) {
                    VariableSteps.reasonAbsentOr(result, "InvalidValue", "B05.FR.07");
                }
            }
        }
    }
}
