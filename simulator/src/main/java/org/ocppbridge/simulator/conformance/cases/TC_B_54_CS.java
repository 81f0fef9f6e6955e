package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * TC_B_54_CS (Advanced Device Management): GetReport for DeviceDataCtrlr.ItemsPerMessage without an instance
 * reports every instance (B08.FR.22-25, errata 2023-12), at least the required GetReport and GetVariables ones.
 */
public final class TC_B_54_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_54_CS";
    }

    @Override
    public String title() {
        return "Get Custom Report - with component/variable, but no instance";
    }

    @Override
    public void run(CaseContext context) {
        List<JsonObject> items = ReportSteps.customReport(
                context, ReportSteps.componentVariable("DeviceDataCtrlr", "ItemsPerMessage", null), 5401);
        Set<String> names = items.stream().map(ReportSteps::name).collect(Collectors.toSet());
        for (String instance : List.of("GetReport", "GetVariables")) {
            String name = "DeviceDataCtrlr.ItemsPerMessage[" + instance + "]";
            CaseFailure.check(names.contains(name), "B08.FR.25: " + name + " is missing; reported " + names);
        }
        CaseFailure.check(
                names.stream().allMatch(n -> n.startsWith("DeviceDataCtrlr.ItemsPerMessage")),
                "B08.FR.11: reported more than was asked for: " + names);
    }
}
