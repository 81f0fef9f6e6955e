package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;

/** GetVariables and SetVariables of one Actual value, with the checks every B05/B06 case shares. */
final class VariableSteps {

    private VariableSteps() {}

    /** SetVariables of one value; returns the result after checking it echoes what was set. */
    static JsonObject set(CaseContext context, String component, String variable, String value, String rule) {
        JsonObject data = item(component, variable);
        data.addProperty("attributeValue", value);
        data.addProperty("attributeType", "Actual");
        JsonObject request = new JsonObject();
        request.add("setVariableData", array(data));
        JsonObject result =
                onlyResult(context.call("SetVariables", request), "SetVariables", "setVariableResult", rule);
        echoes(result, component, variable, rule);
        return result;
    }

    /** GetVariables of one value; returns the result after checking it echoes what was asked. */
    static JsonObject get(CaseContext context, String component, String variable, String rule) {
        JsonObject data = item(component, variable);
        data.addProperty("attributeType", "Actual");
        JsonObject request = new JsonObject();
        request.add("getVariableData", array(data));
        JsonObject result =
                onlyResult(context.call("GetVariables", request), "GetVariables", "getVariableResult", rule);
        echoes(result, component, variable, rule);
        return result;
    }

    static String status(JsonObject result) {
        return Checks.string(result, "attributeStatus");
    }

    /** attributeStatusInfo absent, or with one of the allowed reason codes. */
    static void reasonAbsentOr(JsonObject result, String allowed, String rule) {
        if (!result.has("attributeStatusInfo")) {
            return;
        }
        String reason = Checks.string(result.getAsJsonObject("attributeStatusInfo"), "reasonCode");
        CaseFailure.check(
                reason.equals(allowed), rule + ": attributeStatusInfo.reasonCode " + reason + ", expected " + allowed);
    }

    private static JsonObject item(String component, String variable) {
        JsonObject data = new JsonObject();
        JsonObject componentObject = new JsonObject();
        componentObject.addProperty("name", component);
        JsonObject variableObject = new JsonObject();
        variableObject.addProperty("name", variable);
        data.add("component", componentObject);
        data.add("variable", variableObject);
        return data;
    }

    private static JsonArray array(JsonObject item) {
        JsonArray array = new JsonArray();
        array.add(item);
        return array;
    }

    private static JsonObject onlyResult(CallOutcome outcome, String action, String field, String rule) {
        if (outcome instanceof CallOutcome.Error error) {
            throw new CaseFailure(rule + ": " + action + " answered with CALLERROR " + error.code());
        }
        JsonArray results = outcome.payload().getAsJsonArray(field);
        CaseFailure.check(results.size() == 1, rule + ": " + field + " has " + results.size() + " items, expected 1");
        return results.get(0).getAsJsonObject();
    }

    private static void echoes(JsonObject result, String component, String variable, String rule) {
        String componentName = Checks.string(result.getAsJsonObject("component"), "name");
        String variableName = Checks.string(result.getAsJsonObject("variable"), "name");
        CaseFailure.check(
                componentName.equals(component) && variableName.equals(variable),
                rule + ": the result is for " + componentName + "." + variableName + ", not " + component + "."
                        + variable);
        if (result.has("attributeType")) {
            String type = Checks.string(result, "attributeType");
            CaseFailure.check(type.equals("Actual"), rule + ": attributeType " + type + ", expected Actual");
        }
    }
}
