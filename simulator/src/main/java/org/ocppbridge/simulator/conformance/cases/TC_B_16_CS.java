package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * TC_B_16_CS (Advanced Device Management, not in the Core Part 6 this project holds): GetReport with
 * componentCriteria Enabled is Accepted and reported; every component without an Enabled variable meets it
 * (B08.FR.09), so the report is not empty, and a reported Enabled variable is not false.
 */
public final class TC_B_16_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_16_CS";
    }

    @Override
    public String title() {
        return "Get Custom Report - with component criteria";
    }

    @Override
    public void run(CaseContext context) {
        JsonObject request = new JsonObject();
        JsonArray criteria = new JsonArray();
        criteria.add("Enabled");
        request.add("componentCriteria", criteria);
        List<JsonObject> items = ReportSteps.customReport(context, request, 1601);
        CaseFailure.check(!items.isEmpty(), "B08.FR.09: an Accepted report holds no variables");
        ReportSteps.characteristics(items, "B08.FR.03");
        for (JsonObject item : items) {
            if (ReportSteps.name(item).endsWith(".Enabled")) {
                String value = item.getAsJsonArray("variableAttribute")
                        .get(0)
                        .getAsJsonObject()
                        .get("value")
                        .getAsString();
                CaseFailure.check(
                        !value.equals("false"), "B08.FR.09: " + ReportSteps.name(item) + " is false but reported");
            }
        }
    }
}
