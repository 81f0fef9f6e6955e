package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_N_25_CS: DiagnosticsLog → Accepted with a filename, Uploading, Uploaded (same requestId). */
public final class TC_N_25_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_N_25_CS";
    }

    @Override
    public String title() {
        return "Get diagnostics log - success";
    }

    @Override
    public void run(CaseContext context) {
        LogSteps.uploadSucceeds(context, 125, "DiagnosticsLog", "TC_N_25");
    }
}
