package org.ocppbridge.simulator.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * Turns the fields of a console form (all text, as typed) into an OCPP request payload, or into a message per
 * field that is wrong. Every payload is also checked against the request's JSON schema before it leaves, so the
 * station only gets malformed input through the raw frame box.
 */
final class CommandForms {

    /** The actions the forms send; nothing else is accepted from the page. */
    static final List<String> ACTIONS = List.of(
            "UpdateFirmware", "GetLog", "Reset", "TriggerMessage", "GetVariables", "SetVariables", "GetBaseReport");

    private static final Set<String> LOG_TYPES = Set.of("DiagnosticsLog", "SecurityLog");
    private static final Set<String> RESET_TYPES = Set.of("Immediate", "OnIdle");
    private static final Set<String> TRIGGERS = Set.of(
            "BootNotification",
            "LogStatusNotification",
            "FirmwareStatusNotification",
            "Heartbeat",
            "MeterValues",
            "SignChargingStationCertificate",
            "SignV2GCertificate",
            "StatusNotification",
            "TransactionEvent",
            "SignCombinedCertificate",
            "PublishFirmwareStatusNotification");
    private static final Set<String> REPORT_BASES =
            Set.of("ConfigurationInventory", "FullInventory", "SummaryInventory");
    private static final Set<String> ATTRIBUTES = Set.of("Actual", "Target", "MinSet", "MaxSet");

    /** What the built-in servers offer: the signed test image and the upload receiver. */
    record BuiltIn(String firmwareLocation, String signingCertificate, String signature, String uploadLocation) {}

    private final BuiltIn builtIn;
    private final IntSupplier nextRequestId;
    private final JsonSchemas schemas;

    CommandForms(BuiltIn builtIn, IntSupplier nextRequestId, JsonSchemas schemas) {
        this.builtIn = builtIn;
        this.nextRequestId = nextRequestId;
        this.schemas = schemas;
    }

    /** The request payload of {@code action} from {@code fields}; FormErrors names every wrong field. */
    JsonObject payload(String action, JsonObject fields) throws FormErrors {
        FormFields in = new FormFields(fields, nextRequestId);
        JsonObject payload =
                switch (action) {
                    case "UpdateFirmware" -> updateFirmware(in);
                    case "GetLog" -> getLog(in);
                    case "Reset" -> Requests.reset(in.oneOf("type", RESET_TYPES, "Immediate"), in.count("evseId"));
                    case "TriggerMessage" ->
                        Requests.trigger(in.oneOf("requestedMessage", TRIGGERS, "Heartbeat"), in.count("evseId"));
                    case "GetVariables" -> getVariables(in);
                    case "SetVariables" -> setVariables(in);
                    case "GetBaseReport" -> getBaseReport(in);
                    default -> throw FormErrors.of("action", "unknown command; one of " + ACTIONS);
                };
        in.check();
        List<SchemaViolation> violations = schemas.validate(action + "Request", payload.toString());
        if (!violations.isEmpty()) {
            SchemaViolation first = violations.get(0);
            throw FormErrors.of(
                    fieldOf(first.pointer()),
                    "breaks the " + action + "Request schema (" + first.keyword() + " at " + first.pointer() + ")");
        }
        return payload;
    }

    private JsonObject updateFirmware(FormFields in) {
        int requestId = in.requestId();
        boolean own = in.oneOf("source", Set.of("builtin", "custom"), "builtin").equals("custom");
        String location = own ? in.url("location") : builtIn.firmwareLocation();
        String certificate = own ? in.optional("signingCertificate") : builtIn.signingCertificate();
        String signature = own ? in.optional("signature") : builtIn.signature();
        if (certificate != null && !certificate.contains("-----BEGIN CERTIFICATE-----")) {
            in.error("signingCertificate", "a PEM certificate (-----BEGIN CERTIFICATE----- …)");
        }
        Instant retrieve = in.time("retrieveDateTime");
        JsonObject payload = Requests.updateFirmware(
                requestId,
                location,
                retrieve == null ? Instant.now() : retrieve,
                in.time("installDateTime"),
                certificate,
                signature);
        addCount(payload, "retries", in.count("retries"));
        addCount(payload, "retryInterval", in.count("retryInterval"));
        return payload;
    }

    private JsonObject getLog(FormFields in) {
        int requestId = in.requestId();
        String logType = in.oneOf("logType", LOG_TYPES, "DiagnosticsLog");
        boolean own = in.oneOf("target", Set.of("builtin", "custom"), "builtin").equals("custom");
        String location = own ? in.url("remoteLocation") : builtIn.uploadLocation();
        JsonObject payload =
                Requests.getLog(requestId, logType, location, in.count("retries"), in.count("retryInterval"));
        JsonObject log = payload.getAsJsonObject("log");
        Instant oldest = in.time("oldestTimestamp");
        Instant latest = in.time("latestTimestamp");
        if (oldest != null) {
            log.addProperty("oldestTimestamp", oldest.toString());
        }
        if (latest != null) {
            log.addProperty("latestTimestamp", latest.toString());
        }
        if (oldest != null && latest != null && latest.isBefore(oldest)) {
            in.error("latestTimestamp", "must not be before oldestTimestamp");
        }
        return payload;
    }

    private JsonObject getVariables(FormFields in) {
        JsonObject data = variable(in);
        data.addProperty("attributeType", in.oneOf("attributeType", ATTRIBUTES, "Actual"));
        JsonArray list = new JsonArray();
        list.add(data);
        JsonObject payload = new JsonObject();
        payload.add("getVariableData", list);
        return payload;
    }

    private JsonObject setVariables(FormFields in) {
        JsonObject data = variable(in);
        data.addProperty("attributeType", in.oneOf("attributeType", ATTRIBUTES, "Actual"));
        String value = in.required("attributeValue", 1000);
        data.addProperty("attributeValue", value == null ? "" : value);
        JsonArray list = new JsonArray();
        list.add(data);
        JsonObject payload = new JsonObject();
        payload.add("setVariableData", list);
        return payload;
    }

    private static JsonObject variable(FormFields in) {
        JsonObject component = new JsonObject();
        component.addProperty("name", nonNull(in.required("component", 50)));
        JsonObject variable = new JsonObject();
        variable.addProperty("name", nonNull(in.required("variable", 50)));
        String instance = in.optional("instance");
        if (instance != null) {
            if (instance.length() > 50) {
                in.error("instance", "at most 50 characters");
            }
            variable.addProperty("instance", instance);
        }
        JsonObject data = new JsonObject();
        data.add("component", component);
        data.add("variable", variable);
        return data;
    }

    private JsonObject getBaseReport(FormFields in) {
        JsonObject payload = new JsonObject();
        payload.addProperty("requestId", in.requestId());
        payload.addProperty("reportBase", in.oneOf("reportBase", REPORT_BASES, "FullInventory"));
        return payload;
    }

    private static void addCount(JsonObject payload, String name, Integer value) {
        if (value != null) {
            payload.addProperty(name, value);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** {@code #/firmware/location} → {@code location}: the form field the page marks. */
    private static String fieldOf(String pointer) {
        String[] parts = pointer.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()
                    && !parts[i].equals("#")
                    && !parts[i].chars().allMatch(Character::isDigit)) {
                return parts[i];
            }
        }
        return "form";
    }
}
