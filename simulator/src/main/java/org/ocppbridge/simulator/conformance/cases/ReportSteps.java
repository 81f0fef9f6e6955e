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
 * GetBaseReport (B07) and GetReport (B08) and the NotifyReport parts that follow, with the checks TC_B_12, TC_B_13,
 * TC_B_16, TC_B_54 and TC_B_55 share: Accepted,
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
        return parts(context, requestId, "B07.FR.03", "B07.FR.10");
    }

    /**
     * GetReport (B08) with {@code request} (its requestId added): Accepted, then every reportData item of the
     * NotifyReport parts that follow, checked as for a base report.
     */
    static List<JsonObject> customReport(CaseContext context, JsonObject request, int requestId) {
        request.addProperty("requestId", requestId);
        String status = context.callStatus("GetReport", request, "B08.FR.01");
        CaseFailure.check(status.equals("Accepted"), "B08.FR.01: GetReportResponse " + status + ", expected Accepted");
        return parts(context, requestId, "B08.FR.03", "B08.FR.03 (seqNo as B07.FR.10)");
    }

    private static List<JsonObject> parts(CaseContext context, int requestId, String reportRule, String seqNoRule) {
        List<JsonObject> items = new ArrayList<>();
        for (int seqNo = 0; ; seqNo++) {
            // NotifyReport is not judged by next() (stations may send it unasked); here it is what is awaited.
            IncomingCall call = context.await(
                    c -> c.action().equals("NotifyReport"),
                    CaseContext.STEP,
                    reportRule + ": NotifyReport seqNo " + seqNo);
            JsonObject part = call.payload();
            CaseFailure.check(
                    part.get("requestId").getAsInt() == requestId,
                    reportRule + ": NotifyReport requestId " + part.get("requestId") + ", expected " + requestId);
            CaseFailure.check(
                    part.get("seqNo").getAsInt() == seqNo,
                    seqNoRule + ": NotifyReport seqNo " + part.get("seqNo") + ", expected " + seqNo);
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

    /** A GetReport request for one variable of a component; {@code instance} null: every instance. */
    static JsonObject componentVariable(String component, String variable, String instance) {
        JsonObject componentObject = new JsonObject();
        componentObject.addProperty("name", component);
        JsonObject variableObject = new JsonObject();
        variableObject.addProperty("name", variable);
        if (instance != null) {
            variableObject.addProperty("instance", instance);
        }
        JsonObject wanted = new JsonObject();
        wanted.add("component", componentObject);
        wanted.add("variable", variableObject);
        com.google.gson.JsonArray list = new com.google.gson.JsonArray();
        list.add(wanted);
        JsonObject request = new JsonObject();
        request.add("componentVariable", list);
        return request;
    }

    /** component.variable[instance] of a reportData item. */
    static String name(JsonObject item) {
        JsonObject variable = item.getAsJsonObject("variable");
        return Checks.string(item.getAsJsonObject("component"), "name") + "." + Checks.string(variable, "name")
                + (variable.has("instance") ? "[" + Checks.string(variable, "instance") + "]" : "");
    }
}
