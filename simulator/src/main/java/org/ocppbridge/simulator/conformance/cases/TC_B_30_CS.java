package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 + ER §6.1.2 TC_B_30_CS: while the boot is Rejected, a CALL from the CSMS (GetBaseReport FullInventory) is
 * answered with CALLERROR SecurityError (B03.FR.08). ER runs the step only when the station kept the
 * connection open; a station that closed it passes.
 */
public final class TC_B_30_CS implements ConformanceCase {

    private static final int INTERVAL = 20;

    @Override
    public String id() {
        return "TC_B_30_CS";
    }

    @Override
    public String title() {
        return "Cold boot - Rejected - SecurityError";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public boolean startsBooted() {
        return false;
    }

    @Override
    public void prepare(CaseContext context) {
        context.answerNextBoot("Rejected", INTERVAL);
    }

    @Override
    public void run(CaseContext context) {
        IncomingCall boot = context.firstBootNotification("B03 (TC_B_30 step 1)");
        StationConnection connection = context.connection();
        if (!connection.isOpen()) {
            return;
        }
        JsonObject request = new JsonObject();
        request.addProperty("requestId", 130);
        request.addProperty("reportBase", "FullInventory");
        CallOutcome outcome = connection.call("GetBaseReport", request, CaseContext.STEP);
        CaseFailure.check(
                outcome.isError(),
                "B03.FR.08: GetBaseReport while Rejected answered with a CALLRESULT,"
                        + " expected CALLERROR SecurityError");
        CaseFailure.check(
                outcome.error().code().equals("SecurityError"),
                "B03.FR.08: GetBaseReport while Rejected" + " answered CALLERROR "
                        + outcome.error().code() + ", expected SecurityError");
    }
}
