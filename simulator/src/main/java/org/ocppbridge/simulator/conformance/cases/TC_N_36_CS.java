package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * P6 + ER §6.1.30/31 TC_N_36_CS: a second GetLog during an upload → AcceptedCanceled, a LogStatusNotification
 * AcceptedCanceled (Part 6 does not say which requestId it carries, so the first's or the second's passes),
 * then Uploading and Uploaded with the second requestId. The log server holds the first upload.
 */
public final class TC_N_36_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_N_36_CS";
    }

    @Override
    public String title() {
        return "Get log - second request cancels the first";
    }

    @Override
    public void run(CaseContext context) {
        context.uploads().mode(UploadReceiver.Mode.SLOW);
        LogSteps.getLog(context, 136, "DiagnosticsLog", null, null, "Accepted", "N01 (TC_N_36 step 2)");
        LogSteps.status(context, 136, "TC_N_36 step 3", "Uploading");
        LogSteps.awaitHolding(context, "TC_N_36");
        context.uploads().mode(UploadReceiver.Mode.CREATED);
        LogSteps.getLog(context, 137, "DiagnosticsLog", null, null, "AcceptedCanceled", "N01.FR.12 (TC_N_36 step 6)");
        IncomingCall canceled = context.next(CaseContext.STEP, "N01.FR.20 (TC_N_36 step 7): AcceptedCanceled");
        CaseFailure.check(
                Checks.isStatus(canceled, "LogStatusNotification", "AcceptedCanceled"),
                "N01.FR.20 (TC_N_36 step 7): expected LogStatusNotification AcceptedCanceled, got "
                        + Checks.describe(canceled));
        var id = canceled.payload().get("requestId");
        CaseFailure.check(
                id != null && (id.getAsInt() == 136 || id.getAsInt() == 137),
                "N01.FR.20 (TC_N_36 step 7): AcceptedCanceled carries requestId " + id + ", expected 136 or 137");
        context.uploads().release();
        LogSteps.status(context, 137, "TC_N_36 step 9", "Uploading");
        LogSteps.status(context, 137, "TC_N_36 step 11", "Uploaded");
    }
}
