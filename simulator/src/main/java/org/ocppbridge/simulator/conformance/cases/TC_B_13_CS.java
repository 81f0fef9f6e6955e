package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_B_13_CS: GetBaseReport FullInventory is Accepted and reported, every variable with its characteristics. */
public final class TC_B_13_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_13_CS";
    }

    @Override
    public String title() {
        return "Get Base Report - FullInventory";
    }

    @Override
    public void run(CaseContext context) {
        ReportSteps.characteristics(ReportSteps.baseReport(context, "FullInventory", 1301), "B07.FR.08");
    }
}
