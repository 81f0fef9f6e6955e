package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_12_CS: GetBaseReport ConfigurationInventory is Accepted and reported in NotifyReport parts; every
 * reported attribute is writable (mutability ReadWrite, the default, or WriteOnly) and has its characteristics.
 */
public final class TC_B_12_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_12_CS";
    }

    @Override
    public String title() {
        return "Get Base Report - ConfigurationInventory";
    }

    @Override
    public void run(CaseContext context) {
        List<JsonObject> items = ReportSteps.baseReport(context, "ConfigurationInventory", 1201);
        ReportSteps.characteristics(items, "B07.FR.07");
        for (JsonObject item : items) {
            for (JsonElement attribute : item.getAsJsonArray("variableAttribute")) {
                JsonObject a = attribute.getAsJsonObject();
                String mutability = a.has("mutability") ? a.get("mutability").getAsString() : "ReadWrite";
                CaseFailure.check(
                        !mutability.equals("ReadOnly"),
                        "B07.FR.07: " + ReportSteps.name(item) + " is ReadOnly in a ConfigurationInventory");
            }
        }
    }
}
