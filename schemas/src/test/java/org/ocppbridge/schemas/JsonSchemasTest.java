package org.ocppbridge.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppbridge.schemas.OcppSchemasTest.describe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocppbridge.schemas.SchemaViolation.Kind;

/** The validator's own behaviour: names, parsing, classification, date-time, threads. */
class JsonSchemasTest {

    private static final String HEARTBEAT_RESPONSE = "HeartbeatResponse";

    private final JsonSchemas schemas = new JsonSchemas();

    @Test
    void has_knows_the_ocpp_and_system_names_and_nothing_else() {
        assertTrue(schemas.has("BootNotificationRequest"));
        assertTrue(schemas.has("system/FirmwareUpdateRequest"));
        assertFalse(schemas.has("BootNotification"));
        assertFalse(schemas.has("AuthorizeRequest"));
        assertFalse(schemas.has("FirmwareUpdateRequest"));
        assertFalse(schemas.has("system/BootNotificationRequest"));
        assertFalse(schemas.has("ocpp/BootNotificationRequest"));
        assertFalse(schemas.has("../ocpp/BootNotificationRequest"));
        assertFalse(schemas.has("system/../ocpp/ResetRequest"));
        assertFalse(schemas.has(""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"AuthorizeRequest", "BootNotification", "system/Nothing", "../pom", "bootNotificationRequest"})
    void an_unknown_schema_name_is_IllegalArgumentException(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> schemas.validate(name, "{}"));
        assertTrue(e.getMessage().contains("no schema"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "{Malformed",
                "{currentTime:\"2024-01-01T00:00:00Z\"}",
                "{'currentTime':'2024-01-01T00:00:00Z'}",
                "{\"currentTime\":\"2024-01-01T00:00:00Z\",}",
                "{\"currentTime\":\"2024-01-01T00:00:00Z\"} {}",
                "{\"currentTime\":\"2024-01-01T00:00:00Z\"} x",
                "{\"currentTime\":\"a\",\"currentTime\":\"2024-01-01T00:00:00Z\"}",
                "{\"n\":NaN}",
                "{\"currentTime\":\"2024-01-01T00:00:00Z\"/*c*/}"
            })
    void a_text_that_is_not_one_strict_JSON_value_is_IllegalArgumentException(String text) {
        assertThrows(IllegalArgumentException.class, () -> schemas.validate(HEARTBEAT_RESPONSE, text));
    }

    @Test
    void the_exception_for_bad_JSON_does_not_quote_the_text() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> schemas.validate(HEARTBEAT_RESPONSE, "{secretValue: 1}"));
        assertFalse(e.getMessage().contains("secretValue"), e.getMessage());
    }

    @Test
    void whitespace_around_the_object_is_fine() {
        assertEquals(
                List.of(), schemas.validate(HEARTBEAT_RESPONSE, " \n{\"currentTime\":\"2024-01-01T00:00:00Z\"}\r\n "));
    }

    @Test
    void a_violation_carries_kind_pointer_and_keyword() {
        assertEquals(
                List.of(new SchemaViolation(Kind.LENGTH, "#/firmware/signature", "maxLength")),
                schemas.validate(
                        "UpdateFirmwareRequest",
                        "{\"requestId\":1,\"firmware\":{\"location\":\"x\","
                                + "\"retrieveDateTime\":\"2024-01-01T00:00:00Z\",\"signature\":\"" + "s".repeat(801)
                                + "\"}}"));
        assertEquals(
                List.of(new SchemaViolation(Kind.REQUIRED, "#/firmware/location", "required")),
                schemas.validate(
                        "UpdateFirmwareRequest",
                        "{\"requestId\":1,\"firmware\":{\"retrieveDateTime\":\"2024-01-01T00:00:00Z\"}}"));
        assertEquals(
                List.of(new SchemaViolation(Kind.FORMAT, "#/currentTime", "format")),
                schemas.validate(HEARTBEAT_RESPONSE, "{\"currentTime\":\"now\"}"));
    }

    @Test
    void every_violation_is_reported_when_many_fields_are_broken() {
        List<SchemaViolation> found = schemas.validate(
                "GetLogRequest",
                "{\"log\":{\"oldestTimestamp\":\"soon\",\"x\":1},\"logType\":\"AllLogs\",\"retries\":\"3\"}");
        assertEquals(
                List.of(
                        "ADDITIONAL_PROPERTY #/log/x",
                        "ENUM #/logType",
                        "FORMAT #/log/oldestTimestamp",
                        "REQUIRED #/log/remoteLocation",
                        "REQUIRED #/requestId",
                        "TYPE #/retries"),
                describe(found).stream().sorted().toList());
    }

    @Test
    void several_missing_fields_of_one_object_are_each_named() {
        assertEquals(
                List.of("REQUIRED #/chargingStation", "REQUIRED #/reason"),
                describe(schemas.validate("BootNotificationRequest", "{}")).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void an_extra_property_with_pointer_characters_is_escaped_in_the_pointer() {
        assertEquals(
                List.of("ADDITIONAL_PROPERTY #/a~1b~0c"),
                describe(schemas.validate("HeartbeatRequest", "{\"a/b~c\":1}")));
    }

    @Test
    void violations_inside_arrays_point_at_the_element() {
        String doc = "{\"getVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"x\"}},"
                + "{\"component\":{\"name\":\"" + "n".repeat(51) + "\"},\"variable\":{}}]}";
        assertEquals(
                List.of("LENGTH #/getVariableData/1/component/name", "REQUIRED #/getVariableData/1/variable/name"),
                describe(schemas.validate("GetVariablesRequest", doc)).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void a_number_with_a_zero_fraction_is_an_integer_as_in_draft_07() {
        assertEquals(List.of(), schemas.validate("ResetRequest", "{\"type\":\"OnIdle\",\"evseId\":1.0}"));
        assertEquals(List.of(), schemas.validate("ResetRequest", "{\"type\":\"OnIdle\",\"evseId\":2e1}"));
        assertEquals(List.of(), schemas.validate("ResetRequest", "{\"type\":\"OnIdle\",\"evseId\":-0.0}"));
        assertEquals(
                List.of("TYPE #/evseId"),
                describe(schemas.validate("ResetRequest", "{\"type\":\"OnIdle\",\"evseId\":1.5}")));
    }

    @Test
    void a_huge_exponent_is_refused_as_TYPE_without_expanding_it() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertEquals(
                        List.of("TYPE #/evseId"),
                        describe(schemas.validate("ResetRequest", "{\"type\":\"OnIdle\",\"evseId\":1e999999999}"))));
    }

    @Test
    void maxLength_counts_characters_not_UTF16_units() {
        // 20 emoji are 40 UTF-16 units but 20 characters: exactly the limit of model.
        String model = "\uD83D\uDD0C".repeat(20);
        String doc = "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"" + model + "\",\"vendorName\":\"V\"}}";
        assertEquals(List.of(), schemas.validate("BootNotificationRequest", doc));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-01T00:00:00Z", "2024-02-29T12:00:00+01:00", "2023-12-31T23:59:59.999999999-05:30",
                "2024-06-01t08:00:00z", "2024-06-01T08:00:00-00:00", "0001-01-01T00:00:00Z"
            })
    void RFC3339_date_times_are_accepted(String value) {
        assertEquals(List.of(), schemas.validate(HEARTBEAT_RESPONSE, "{\"currentTime\":\"" + value + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-00-10T00:00:00Z", "2024-01-00T00:00:00Z",
                "2024-01-01T23:60:00Z", "2024-12-31T23:59:60Z", "2024-01-01T00:00:00+24:00", "2024-01-01T00:00:00+0100",
                "2024-01-01T00:00:00.Z", "24-01-01T00:00:00Z", "2024-1-01T00:00:00Z", "2024-01-01T00:00:00 Z",
                "\u0662\u0660\u0662\u0664-01-01T00:00:00Z", "2024-01-01T00:00:00ZZ", "1704067200"
            })
    void anything_else_is_a_FORMAT_violation(String value) {
        assertEquals(
                List.of("FORMAT #/currentTime"),
                describe(schemas.validate(HEARTBEAT_RESPONSE, "{\"currentTime\":\"" + value + "\"}")));
    }

    @Test
    void the_keyword_classification_follows_the_table() {
        assertEquals(Kind.REQUIRED, ViolationCollector.kindOf("required"));
        assertEquals(Kind.TYPE, ViolationCollector.kindOf("type"));
        assertEquals(Kind.ENUM, ViolationCollector.kindOf("enum"));
        assertEquals(Kind.ENUM, ViolationCollector.kindOf("const"));
        assertEquals(Kind.FORMAT, ViolationCollector.kindOf("format"));
        for (String k : List.of(
                "maxLength",
                "minLength",
                "minimum",
                "maximum",
                "exclusiveMinimum",
                "exclusiveMaximum",
                "maxItems",
                "minItems")) {
            assertEquals(Kind.LENGTH, ViolationCollector.kindOf(k), k);
        }
        assertEquals(Kind.ADDITIONAL_PROPERTY, ViolationCollector.kindOf("additionalProperties"));
        assertEquals(Kind.OTHER, ViolationCollector.kindOf("pattern"));
        assertEquals(Kind.OTHER, ViolationCollector.kindOf(null));
    }

    @Test
    void many_threads_using_a_fresh_instance_at_once_all_get_the_same_answers() throws Exception {
        JsonSchemas fresh = new JsonSchemas();
        int threads = 8;
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(threads, r -> new Thread(r, "schemas-test-" + ids.incrementAndGet()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<SchemaViolation>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    assertTrue(start.await(10, TimeUnit.SECONDS));
                    List<List<SchemaViolation>> out = new ArrayList<>();
                    for (MessageFacts m : OcppFacts.all()) {
                        out.add(fresh.validate(m.schemaName(), m.full().toString()));
                        out.add(fresh.validate(
                                m.schemaName(), m.full().put("extra", 1).toString()));
                    }
                    return out;
                }));
            }
            start.countDown();
            List<List<SchemaViolation>> first = results.get(0).get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 2 * OcppFacts.all().size(); i += 2) {
                assertEquals(List.of(), first.get(i));
                assertEquals(
                        List.of(new SchemaViolation(Kind.ADDITIONAL_PROPERTY, "#/extra", "additionalProperties")),
                        first.get(i + 1));
            }
            for (Future<List<List<SchemaViolation>>> r : results) {
                assertEquals(first, r.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
