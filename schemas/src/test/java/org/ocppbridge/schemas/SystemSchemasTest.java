package org.ocppbridge.schemas;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppbridge.schemas.OcppSchemasTest.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocppbridge.schemas.FieldFact.Type;

/** Holds the eleven system type schemas to the seed, as rewritten in {@link SystemFacts}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemSchemasTest {

    private final JsonSchemas schemas = new JsonSchemas();

    List<MessageFacts> objects() {
        return SystemFacts.objects();
    }

    Stream<Arguments> enums() {
        return SystemFacts.enums().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void there_is_one_schema_for_each_of_the_eleven_seed_types() {
        List<String> names = new ArrayList<>(SystemFacts.enums().keySet());
        SystemFacts.objects().forEach(m -> names.add(m.schemaName()));
        assertEquals(11, names.size());
        assertAll(names.stream().map(n -> () -> assertEquals(true, schemas.has(n), n)));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void declares_exactly_the_seed_fields(MessageFacts m) {
        JSONObject file = SchemaFileProperties.read("schemas/" + m.schemaName() + ".json");
        assertEquals(new TreeSet<>(m.paths()), SchemaFileProperties.paths(file));
        assertEquals("http://json-schema.org/draft-07/schema#", file.getString("$schema"));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void accepts_the_minimal_and_the_full_example(MessageFacts m) {
        assertEquals(
                List.of(),
                describe(validate(m.schemaName(), m.minimal())),
                m.minimal().toString());
        assertEquals(
                List.of(),
                describe(validate(m.schemaName(), m.full())),
                m.full().toString());
    }

    @ParameterizedTest
    @MethodSource("objects")
    void a_missing_required_field_is_REQUIRED_and_a_missing_optional_one_is_fine(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.fields()) {
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.remove(doc, f.pointer());
                List<String> expected = f.required() ? List.of("REQUIRED " + f.pointer()) : List.of();
                assertEquals(expected, describe(validate(m.schemaName(), doc)), f.path());
            });
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("objects")
    void a_value_of_the_wrong_JSON_type_is_TYPE(MessageFacts m) {
        assertAll(m.fields().stream().map(f -> () -> {
            JSONObject doc = m.full();
            Object wrong = f.type() == Type.INTEGER ? "12" : 12;
            JsonTree.set(doc, f.pointer(), wrong);
            Set<String> expected = f.type() == Type.ENUM
                    ? Set.of("TYPE " + f.pointer(), "ENUM " + f.pointer())
                    : Set.of("TYPE " + f.pointer());
            assertEquals(expected, Set.copyOf(describe(validate(m.schemaName(), doc))), f.path());
        }));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void every_value_of_a_referenced_enum_is_accepted_and_an_unknown_one_is_ENUM(MessageFacts m) {
        // The object refers to the enum's own file; this shows the reference resolves and the two agree.
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.ofType(Type.ENUM)) {
            for (String value : f.values()) {
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), value);
                    assertEquals(List.of(), describe(validate(m.schemaName(), doc)), value);
                });
            }
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.set(doc, f.pointer(), "Finished");
                assertEquals(List.of("ENUM " + f.pointer()), describe(validate(m.schemaName(), doc)));
            });
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("objects")
    void a_bad_date_time_is_FORMAT(MessageFacts m) {
        assertAll(m.ofType(Type.DATE_TIME).stream().map(f -> () -> {
            JSONObject doc = m.full();
            JsonTree.set(doc, f.pointer(), "2024-13-01T00:00:00Z");
            assertEquals(List.of("FORMAT " + f.pointer()), describe(validate(m.schemaName(), doc)), f.path());
        }));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void an_extra_property_is_accepted_because_the_seed_leaves_the_objects_open(MessageFacts m) {
        JSONObject doc = m.full().put("vendor_extension", new JSONObject().put("slot", 2));
        assertEquals(List.of(), describe(validate(m.schemaName(), doc)));
    }

    @ParameterizedTest
    @MethodSource("enums")
    void every_enum_value_of_the_seed_is_accepted_and_nothing_else(String name, List<String> values) {
        List<Executable> checks = new ArrayList<>();
        for (String value : values) {
            checks.add(() -> assertEquals(List.of(), describe(schemas.validate(name, JSONObject.quote(value))), value));
        }
        for (String unknown :
                List.of("\"Finished\"", JSONObject.quote(values.get(0).toUpperCase()), "\"\"")) {
            checks.add(() -> assertEquals(List.of("ENUM #"), describe(schemas.validate(name, unknown)), unknown));
        }
        checks.add(() -> assertEquals(Set.of("TYPE #", "ENUM #"), Set.copyOf(describe(schemas.validate(name, "3")))));
        JSONObject file = SchemaFileProperties.read("schemas/" + name + ".json");
        checks.add(() -> assertEquals(values, SchemaFileProperties.enumValues(file, file)));
        assertAll(checks);
    }

    @Test
    void LogStatusEnum_includes_AcceptedCanceled_as_the_seed_lists_it() {
        assertEquals(List.of(), schemas.validate("system/LogStatusEnum", "\"AcceptedCanceled\""));
        assertEquals(
                List.of(),
                schemas.validate("system/LogStatus", "{\"log_status\":\"AcceptedCanceled\",\"request_id\":4}"));
    }

    @Test
    void retries_has_no_minimum_because_the_seed_gives_none() {
        for (String name : List.of("system/FirmwareUpdateRequest", "system/UploadLogsRequest")) {
            String doc = "{\"location\":\"ftp://x\",\"request_id\":1,\"retries\":0,\"retry_interval_s\":0}";
            assertEquals(List.of(), schemas.validate(name, doc), name);
        }
    }

    /** Examples as a charger built on the seed types would send or receive them. */
    Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of(
                        "system/FirmwareUpdateRequest",
                        new JSONObject()
                                .put("request_id", 42)
                                .put("location", "https://firmware.example.com/charger/2.4.1.bin")
                                .put("retries", 3)
                                .put("retry_interval_s", 60)
                                .put("retrieve_timestamp", "2024-05-01T10:00:00Z")
                                .put("install_timestamp", "2024-05-01T12:30:00.500+02:00")
                                .put(
                                        "signing_certificate",
                                        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUX\n"
                                                + "-----END CERTIFICATE-----\n")
                                .put("signature", "MEUCIQDx0f2P8s+AbcYQ==")),
                Arguments.of(
                        "system/FirmwareUpdateRequest",
                        new JSONObject().put("request_id", -1).put("location", "ftp://user:pw@10.0.0.5/fw.tar.gz")),
                Arguments.of(
                        "system/UploadLogsRequest",
                        new JSONObject()
                                .put("location", "ftp://logs.example.com/upload/")
                                .put("type", "DiagnosticsLog")
                                .put("request_id", 7)
                                .put("retries", 2)
                                .put("retry_interval_s", 30)
                                .put("oldest_timestamp", "2024-04-01T00:00:00Z")
                                .put("latest_timestamp", "2024-04-30T23:59:59Z")),
                Arguments.of(
                        "system/UploadLogsRequest", new JSONObject().put("location", "https://logs.example.com/put")),
                Arguments.of(
                        "system/UploadLogsResponse",
                        new JSONObject()
                                .put("upload_logs_status", "Accepted")
                                .put("file_name", "diagnostics-20240430.tar.gz")),
                Arguments.of("system/UploadLogsResponse", new JSONObject().put("upload_logs_status", "Rejected")),
                Arguments.of(
                        "system/LogStatus",
                        new JSONObject().put("log_status", "Uploading").put("request_id", 7)),
                Arguments.of(
                        "system/FirmwareUpdateStatus",
                        new JSONObject()
                                .put("firmware_update_status", "InstallRebooting")
                                .put("request_id", 42)));
    }

    @ParameterizedTest
    @MethodSource("seedExamples")
    void accepts_realistic_examples_of_the_seed_types(String name, JSONObject example) {
        assertEquals(List.of(), describe(validate(name, example)), example.toString());
    }

    @Test
    void the_schema_names_are_the_seed_type_names() {
        Map<String, List<String>> enums = SystemFacts.enums();
        assertAll(enums.keySet().stream()
                .map(n -> () -> assertEquals(
                        n.substring("system/".length()),
                        SchemaFileProperties.read("schemas/" + n + ".json").getString("title"))));
    }

    private List<SchemaViolation> validate(String name, JSONObject doc) {
        return schemas.validate(name, doc.toString());
    }
}
