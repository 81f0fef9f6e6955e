package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.UploadReceiver;

/** P6 TC_F_16_CS: during an upload (held by the log server) the trigger answers LogStatusNotification Uploading. */
public final class TC_F_16_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_16_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage LogStatusNotification - Uploading";
    }

    @Override
    public void run(CaseContext context) {
        context.uploads().mode(UploadReceiver.Mode.SLOW);
        LogSteps.getLog(context, 116, "DiagnosticsLog", null, null, "Accepted", "N01 (TC_F_16 step 2)");
        LogSteps.status(context, 116, "TC_F_16 step 3", "Uploading");
        LogSteps.awaitHolding(context, "TC_F_16");
        TriggerSteps.trigger(context, "LogStatusNotification", null, "Accepted", "F06.FR.04 (TC_F_16)");
        TriggerSteps.triggered(context, "LogStatusNotification", "Uploading", "F06 (TC_F_16 step 7)");
        context.uploads().release();
        LogSteps.status(context, 116, "TC_F_16 (the upload ends)", "Uploaded");
    }
}
