package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.util.List;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * TC_B_55_CS (Advanced Device Management): GetReport for DeviceDataCtrlr.ItemsPerMessage[GetReport] reports that
 * one instance only (B08.FR.24).
 */
public final class TC_B_55_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_55_CS";
    }

    @Override
    public String title() {
        return "Get Custom Report - with component/variable/instance";
    }

    @Override
    public void run(CaseContext context) {
        List<JsonObject> items = ReportSteps.customReport(
                context, ReportSteps.componentVariable("DeviceDataCtrlr", "ItemsPerMessage", "GetReport"), 5501);
        List<String> names = items.stream().map(ReportSteps::name).toList();
        CaseFailure.check(
                names.equals(List.of("DeviceDataCtrlr.ItemsPerMessage[GetReport]")),
                "B08.FR.24: expected DeviceDataCtrlr.ItemsPerMessage[GetReport] only, reported " + names);
    }
}
