package org.ocppbridge.simulator.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocppbridge.schemas.JsonSchemas;

class CommandFormsTest {

    private static final String CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    private final AtomicInteger ids = new AtomicInteger(40);
    private final CommandForms forms = new CommandForms(
            new CommandForms.BuiltIn(
                    "http://127.0.0.1:1/firmware.bin", CERTIFICATE, "c2ln", "http://127.0.0.1:2/logs/"),
            ids::incrementAndGet,
            new JsonSchemas());

    private static JsonObject fields(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void an_empty_UpdateFirmware_form_sends_the_built_in_signed_image_with_the_next_requestId() throws Exception {
        JsonObject payload = forms.payload("UpdateFirmware", new JsonObject());

        assertEquals(41, payload.get("requestId").getAsInt());
        JsonObject firmware = payload.getAsJsonObject("firmware");
        assertEquals("http://127.0.0.1:1/firmware.bin", firmware.get("location").getAsString());
        assertEquals(CERTIFICATE, firmware.get("signingCertificate").getAsString());
        assertEquals("c2ln", firmware.get("signature").getAsString());
        assertTrue(firmware.has("retrieveDateTime"));
        assertFalse(payload.has("retries"));
    }

    @Test
    void an_own_image_takes_the_typed_url_times_and_retries() throws Exception {
        JsonObject payload = forms.payload(
                "UpdateFirmware",
                fields("{\"source\":\"custom\",\"requestId\":\"7\",\"location\":\" https://fw.example/a.bin \","
                        + "\"retrieveDateTime\":\"2030-01-02T04:04:05+01:00\",\"retries\":\"2\","
                        + "\"retryInterval\":\"30\"}"));

        assertEquals(7, payload.get("requestId").getAsInt());
        JsonObject firmware = payload.getAsJsonObject("firmware");
        assertEquals("https://fw.example/a.bin", firmware.get("location").getAsString());
        assertEquals("2030-01-02T03:04:05Z", firmware.get("retrieveDateTime").getAsString());
        assertFalse(firmware.has("signingCertificate"), "an own image without certificate is sent unsigned");
        assertEquals(2, payload.get("retries").getAsInt());
        assertEquals(30, payload.get("retryInterval").getAsInt());
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "UpdateFirmware | location         | ftp//no-scheme             | an http, https, ftp or ftps URL",
                "UpdateFirmware | location         | file:///etc/passwd         | an http, https, ftp or ftps URL",
                "UpdateFirmware | retries          | -1                         | 0 or more",
                "UpdateFirmware | retryInterval    | soon                       | a whole number",
                "UpdateFirmware | requestId        | 99999999999                | a whole number",
                "UpdateFirmware | retrieveDateTime | 2030-01-02 03:04           | an RFC 3339 time",
                "UpdateFirmware | signingCertificate | not a pem                | a PEM certificate",
                "GetLog         | logType          | CrashLog                   | one of [DiagnosticsLog, SecurityLog]",
                "GetLog         | remoteLocation   | ''                         | required",
                "GetLog         | latestTimestamp  | 2020-01-01T00:00:00Z       | must not be before oldestTimestamp",
                "Reset          | type             | Hard                       | one of [Immediate, OnIdle]",
                "Reset          | evseId           | one                        | a whole number",
                "TriggerMessage | requestedMessage | Coffee                     | one of [",
                "GetVariables   | component        | ''                         | required",
                "SetVariables   | attributeValue   | ''                         | required",
                "GetBaseReport  | reportBase       | Everything                 | one of [ConfigurationInventory",
            })
    void a_wrong_field_is_named_with_what_it_needs(String action, String field, String value, String message) {
        JsonObject given = fields("{\"source\":\"custom\",\"target\":\"custom\",\"location\":\"http://h/x\","
                + "\"remoteLocation\":\"http://h/up\",\"component\":\"C\",\"variable\":\"V\",\"attributeValue\":\"1\","
                + "\"oldestTimestamp\":\"2021-01-01T00:00:00Z\"}");
        given.addProperty(field, value);

        FormErrors errors = assertThrows(FormErrors.class, () -> forms.payload(action, given));

        assertTrue(errors.byField().containsKey(field), errors.byField().toString());
        assertTrue(
                errors.byField().get(field).startsWith(message),
                errors.byField().toString());
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        FormErrors errors = assertThrows(
                FormErrors.class,
                () -> forms.payload("GetLog", fields("{\"retries\":\"x\",\"oldestTimestamp\":\"yesterday\"}")));
        assertEquals(
                Map.of(
                        "retries", "a whole number from 0 to 2147483647",
                        "oldestTimestamp", "an RFC 3339 time with offset, e.g. 2030-01-02T03:04:05Z"),
                errors.byField());
    }

    @Test
    void a_field_that_is_not_text_is_refused_not_thrown() {
        FormErrors errors =
                assertThrows(FormErrors.class, () -> forms.payload("Reset", fields("{\"type\":{\"nested\":true}}")));
        assertEquals("must be text", errors.byField().get("type"));
    }

    @Test
    void an_action_without_a_form_is_refused() {
        FormErrors errors = assertThrows(FormErrors.class, () -> forms.payload("DataTransfer", new JsonObject()));
        assertTrue(errors.byField().get("action").startsWith("unknown command"));
    }

    @Test
    void a_value_the_schema_refuses_is_caught_before_it_leaves() {
        // The form checks lengths it knows; anything else the request schema refuses is named by its field.
        FormErrors errors = assertThrows(
                FormErrors.class,
                () -> forms.payload(
                        "UpdateFirmware",
                        fields("{\"source\":\"custom\",\"location\":\"http://h/x\",\"signature\":\"" + "s".repeat(900)
                                + "\"}")));
        assertTrue(
                errors.byField().get("signature").contains("maxLength"),
                errors.byField().toString());
    }

    @Test
    void GetVariables_and_SetVariables_carry_one_variable_with_its_attribute() throws Exception {
        JsonObject get = forms.payload(
                "GetVariables", fields("{\"component\":\"OCPPCommCtrlr\",\"variable\":\"HeartbeatInterval\"}"));
        assertEquals(
                "{\"getVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":"
                        + "\"HeartbeatInterval\"},\"attributeType\":\"Actual\"}]}",
                get.toString());
        JsonObject set = forms.payload(
                "SetVariables",
                fields("{\"component\":\"OCPPCommCtrlr\",\"variable\":\"MessageTimeout\",\"instance\":\"Default\","
                        + "\"attributeValue\":\"45\"}"));
        assertEquals(
                "{\"setVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":"
                        + "\"MessageTimeout\",\"instance\":\"Default\"},\"attributeType\":\"Actual\","
                        + "\"attributeValue\":\"45\"}]}",
                set.toString());
    }
}
