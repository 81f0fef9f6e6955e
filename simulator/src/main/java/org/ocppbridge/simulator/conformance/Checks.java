package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;

/** Field checks on the station's CALLs, each failing with the rule it enforces. */
public final class Checks {

    private Checks() {}

    /** The CALL must be {@code action}. */
    public static void action(IncomingCall call, String action, String rule) {
        if (!call.action().equals(action)) {
            throw new CaseFailure(rule + " (expected " + action + ", the station sent " + describe(call) + ")");
        }
    }

    /**
     * A FirmwareStatusNotification with one of {@code statuses} that carries {@code requestId} (P6 §2.1: every
     * status of an update carries the update's requestId; L01.FR.20).
     */
    public static String firmwareStatus(IncomingCall call, int requestId, String step, String... statuses) {
        return status(call, "FirmwareStatusNotification", "L01.FR.20", requestId, step, statuses);
    }

    /** A LogStatusNotification with one of {@code statuses} that carries the GetLog's {@code requestId}. */
    public static String logStatus(IncomingCall call, int requestId, String step, String... statuses) {
        return status(
                call, "LogStatusNotification", "P6 TC_N_25 (same requestId as the GetLog)", requestId, step, statuses);
    }

    private static String status(
            IncomingCall call, String action, String requestIdRule, int requestId, String step, String... statuses) {
        String wanted = String.join(" or ", statuses);
        action(call, action, step + ": " + action + " " + wanted);
        String status = string(call.payload(), "status");
        if (!Set.of(statuses).contains(status)) {
            throw new CaseFailure(step + ": expected " + action + " " + wanted + ", got " + status);
        }
        JsonElement id = call.payload().get("requestId");
        if (id == null) {
            throw new CaseFailure(requestIdRule + ": " + action + " " + status + " has no requestId");
        }
        if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber() || id.getAsInt() != requestId) {
            throw new CaseFailure(requestIdRule + ": " + action + " " + status + " carries requestId " + id
                    + ", expected " + requestId);
        }
        return status;
    }

    /** A BootNotification with {@code reason}; rule names the requirement. */
    public static void bootReason(IncomingCall call, String reason, String rule) {
        action(call, "BootNotification", rule);
        String actual = string(call.payload(), "reason");
        if (!reason.equals(actual)) {
            throw new CaseFailure(rule + ": BootNotification reason " + actual + ", expected " + reason);
        }
    }

    public static boolean isSecurityEvent(IncomingCall call, Set<String> types) {
        return call.action().equals("SecurityEventNotification") && types.contains(string(call.payload(), "type"));
    }

    public static boolean isStatus(IncomingCall call, String action, String status) {
        return call.action().equals(action) && status.equals(string(call.payload(), "status"));
    }

    /** A string field, or null when absent or not a string. */
    public static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isString()
                ? value.getAsString()
                : null;
    }

    /** "FirmwareStatusNotification Downloading (requestId 7)" and the like, for failure messages. */
    public static String describe(IncomingCall call) {
        JsonObject payload = call.payload();
        StringBuilder text = new StringBuilder(call.action());
        for (String field : new String[] {"status", "type", "reason"}) {
            String value = string(payload, field);
            if (value != null) {
                text.append(' ').append(value);
            }
        }
        if (payload.has("requestId")) {
            text.append(" (requestId ").append(payload.get("requestId")).append(')');
        }
        return text.toString();
    }
}
