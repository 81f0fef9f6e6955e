package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 + ER §6.1.31 TC_N_35_CS: SecurityLog → Accepted with a filename, Uploading, Uploaded (same requestId). */
public final class TC_N_35_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_N_35_CS";
    }

    @Override
    public String title() {
        return "Get security log - success";
    }

    @Override
    public void run(CaseContext context) {
        LogSteps.uploadSucceeds(context, 135, "SecurityLog", "TC_N_35");
    }
}
