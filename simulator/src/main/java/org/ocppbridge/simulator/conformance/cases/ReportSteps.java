package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;

/**
 * GetBaseReport and the NotifyReport parts that follow (B07), with the checks TC_B_12 and TC_B_13 share: Accepted,
 * then parts with the request's requestId, seqNo 0, 1, 2 … while tbc is true, and a valuesList for every list type.
 */
final class ReportSteps {

    private static final Set<String> LIST_TYPES = Set.of("OptionList", "SequenceList", "MemberList");

    private ReportSteps() {}

    /** Every reportData item of the whole report. */
    static List<JsonObject> baseReport(CaseContext context, String reportBase, int requestId) {
        JsonObject request = new JsonObject();
        request.addProperty("requestId", requestId);
        request.addProperty("reportBase", reportBase);
        String status = context.callStatus("GetBaseReport", request, "B07.FR.01");
        CaseFailure.check(
                status.equals("Accepted"), "B07.FR.01: GetBaseReportResponse " + status + ", expected Accepted");
        List<JsonObject> items = new ArrayList<>();
        for (int seqNo = 0; ; seqNo++) {
            // NotifyReport is not judged by next() (stations may send it unasked); here it is what is awaited.
            IncomingCall call = context.await(
                    c -> c.action().equals("NotifyReport"), CaseContext.STEP, "B07.FR.03: NotifyReport seqNo " + seqNo);
            JsonObject part = call.payload();
            CaseFailure.check(
                    part.get("requestId").getAsInt() == requestId,
                    "B07.FR.03: NotifyReport requestId " + part.get("requestId") + ", expected " + requestId);
            CaseFailure.check(
                    part.get("seqNo").getAsInt() == seqNo,
                    "B07.FR.10: NotifyReport seqNo " + part.get("seqNo") + ", expected " + seqNo);
            if (part.has("reportData")) {
                for (JsonElement item : part.getAsJsonArray("reportData")) {
                    items.add(item.getAsJsonObject());
                }
            }
            if (!part.has("tbc") || !part.get("tbc").getAsBoolean()) {
                return items;
            }
        }
    }

    /** TC_B_12/13 post checks: characteristics present, and a list type names its values. */
    static void characteristics(List<JsonObject> items, String rule) {
        CaseFailure.check(!items.isEmpty(), rule + ": the report holds no variables");
        for (JsonObject item : items) {
            String name = name(item);
            CaseFailure.check(
                    item.has("variableCharacteristics"), rule + ": " + name + " has no variableCharacteristics");
            String dataType = Checks.string(item.getAsJsonObject("variableCharacteristics"), "dataType");
            CaseFailure.check(
                    !LIST_TYPES.contains(dataType)
                            || item.getAsJsonObject("variableCharacteristics").has("valuesList"),
                    rule + ": " + name + " is a " + dataType + " without valuesList");
        }
    }

    /** component.variable[instance] of a reportData item. */
    static String name(JsonObject item) {
        JsonObject variable = item.getAsJsonObject("variable");
        return Checks.string(item.getAsJsonObject("component"), "name") + "." + Checks.string(variable, "name")
                + (variable.has("instance") ? "[" + Checks.string(variable, "instance") + "]" : "");
    }
}
