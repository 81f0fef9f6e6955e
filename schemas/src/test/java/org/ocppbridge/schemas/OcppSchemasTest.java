package org.ocppbridge.schemas;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocppbridge.schemas.FieldFact.Type;

/** Holds every OCPP schema file to the field facts of {@link OcppFacts}, one message per parameter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcppSchemasTest {

    private final JsonSchemas schemas = new JsonSchemas();

    List<MessageFacts> messages() {
        return OcppFacts.all();
    }

    List<MessageFacts> messagesWithEnums() {
        return OcppFacts.all().stream()
                .filter(m -> !m.ofType(Type.ENUM).isEmpty()
                        || !m.ofType(Type.ENUM_ARRAY).isEmpty())
                .toList();
    }

    List<MessageFacts> messagesWithDateTimes() {
        return OcppFacts.all().stream()
                .filter(m -> !m.ofType(Type.DATE_TIME).isEmpty())
                .toList();
    }

    List<MessageFacts> messagesWithArrays() {
        return OcppFacts.all().stream()
                .filter(m -> !m.ofType(Type.ARRAY).isEmpty()
                        || !m.ofType(Type.ENUM_ARRAY).isEmpty())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void declares_exactly_the_fields_of_the_specification(MessageFacts m) {
        JSONObject file = SchemaFileProperties.read("schemas/ocpp/" + m.schemaName() + ".json");
        assertEquals(new TreeSet<>(m.paths()), SchemaFileProperties.paths(file));
        assertEquals("http://json-schema.org/draft-07/schema#", file.getString("$schema"));
        var declared = SchemaFileProperties.properties(file);
        // Behaviour cannot show an enum value too many; the file can.
        forEach(
                m.ofType(Type.ENUM),
                f -> assertEquals(f.values(), SchemaFileProperties.enumValues(file, declared.get(f.path())), f.path()));
        forEach(
                m.ofType(Type.ENUM_ARRAY),
                f -> assertEquals(
                        f.values(), SchemaFileProperties.itemEnumValues(file, declared.get(f.path())), f.path()));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void accepts_a_minimal_example(MessageFacts m) {
        assertEquals(List.of(), describe(validate(m, m.minimal())), m.minimal().toString());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void accepts_a_full_example_with_every_string_at_its_maximum_length(MessageFacts m) {
        assertEquals(List.of(), describe(validate(m, m.full())), m.full().toString());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void accepts_the_full_example_without_any_one_optional_field(MessageFacts m) {
        // An optional field that the schema wrongly requires would fail here.
        forEach(m.fields().stream().filter(f -> !f.required()).toList(), f -> {
            JSONObject doc = m.full();
            JsonTree.remove(doc, f.pointer());
            assertEquals(List.of(), describe(validate(m, doc)), f.path());
        });
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_missing_required_field_is_REQUIRED_at_its_pointer(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.requiredFields()) {
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.remove(doc, f.pointer());
                assertEquals(List.of("REQUIRED " + f.pointer()), describe(validate(m, doc)), f.path());
            });
        }
        // customData.vendorId is required wherever customData may stand, so every message has a REQUIRED case.
        checks.add(() -> {
            JSONObject doc = m.full().put("customData", new JSONObject().put("other", 1));
            assertEquals(List.of("REQUIRED #/customData/vendorId"), describe(validate(m, doc)));
        });
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_value_of_the_wrong_JSON_type_is_TYPE_at_its_pointer(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.fields()) {
            for (Object wrong : wrongTypes(f.type())) {
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), wrong);
                    // A non-string in an enum field breaks the enum too.
                    Set<String> expected = f.type() == Type.ENUM
                            ? Set.of("TYPE " + f.pointer(), "ENUM " + f.pointer())
                            : Set.of("TYPE " + f.pointer());
                    assertEquals(expected, Set.copyOf(describe(validate(m, doc))), f.path() + " = " + wrong);
                });
            }
        }
        checks.add(() -> assertEquals(
                List.of("TYPE #/customData"), describe(validate(m, m.full().put("customData", "vendor")))));
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("messagesWithEnums")
    void every_enum_value_is_accepted_and_an_unknown_one_is_ENUM(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.ofType(Type.ENUM)) {
            for (String value : f.values()) {
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), value);
                    assertEquals(List.of(), describe(validate(m, doc)), f.path() + " = " + value);
                });
            }
            String first = f.values().get(0);
            for (String unknown : List.of("NotAValue", first.toLowerCase(), first + " ", "")) {
                if (f.values().contains(unknown)) {
                    continue; // DataEnumType's values are lower case already
                }
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), unknown);
                    assertEquals(
                            List.of("ENUM " + f.pointer()), describe(validate(m, doc)), f.path() + " = " + unknown);
                });
            }
        }
        // An array of enum values: each value alone is accepted; an unknown or non-string element is named.
        for (FieldFact f : m.ofType(Type.ENUM_ARRAY)) {
            String element = f.pointer() + "/0";
            for (String value : f.values()) {
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), new JSONArray().put(value));
                    assertEquals(List.of(), describe(validate(m, doc)), f.path() + " = [" + value + "]");
                });
            }
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.set(doc, f.pointer(), new JSONArray().put("NotAValue"));
                assertEquals(List.of("ENUM " + element), describe(validate(m, doc)), f.path());
            });
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.set(doc, f.pointer(), new JSONArray().put(7));
                assertEquals(Set.of("TYPE " + element, "ENUM " + element), Set.copyOf(describe(validate(m, doc))));
            });
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void a_string_one_character_over_its_maxLength_is_LENGTH(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.ofType(Type.STRING)) {
            checks.add(() -> {
                JSONObject doc = m.full();
                JsonTree.set(doc, f.pointer(), "v".repeat(f.maxLength() + 1));
                assertEquals(List.of("LENGTH " + f.pointer()), describe(validate(m, doc)), f.path());
            });
        }
        // customData.vendorId is at most 255 characters in every message.
        checks.add(() -> assertEquals(
                List.of(),
                describe(validate(m, m.full().put("customData", new JSONObject().put("vendorId", "v".repeat(255)))))));
        checks.add(() -> assertEquals(
                List.of("LENGTH #/customData/vendorId"),
                describe(validate(m, m.full().put("customData", new JSONObject().put("vendorId", "v".repeat(256)))))));
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("messagesWithArrays")
    void an_empty_array_is_LENGTH_because_the_specification_asks_for_at_least_one(MessageFacts m) {
        List<FieldFact> arrays = new ArrayList<>(m.ofType(Type.ARRAY));
        arrays.addAll(m.ofType(Type.ENUM_ARRAY));
        forEach(arrays, f -> {
            JSONObject doc = m.full();
            JsonTree.set(doc, f.pointer(), new JSONArray());
            assertEquals(List.of("LENGTH " + f.pointer()), describe(validate(m, doc)), f.path());
        });
    }

    @ParameterizedTest
    @MethodSource("messagesWithDateTimes")
    void a_bad_date_time_is_FORMAT(MessageFacts m) {
        List<Executable> checks = new ArrayList<>();
        for (FieldFact f : m.ofType(Type.DATE_TIME)) {
            for (String bad : List.of(
                    "yesterday",
                    "2024-01-01",
                    "2024-01-01T10:00:00",
                    "2024-02-30T10:00:00Z",
                    "2024-01-01T24:00:00Z",
                    "2024-01-01 10:00:00Z",
                    "2024-01-01T10:00Z",
                    "")) {
                checks.add(() -> {
                    JSONObject doc = m.full();
                    JsonTree.set(doc, f.pointer(), bad);
                    assertEquals(List.of("FORMAT " + f.pointer()), describe(validate(m, doc)), f.path() + " = " + bad);
                });
            }
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void an_extra_property_on_any_object_is_ADDITIONAL_PROPERTY_at_its_pointer(MessageFacts m) {
        forEach(List.copyOf(m.objectPaths()), path -> {
            JSONObject doc = m.full();
            String pointer = FieldFact.pointerOf(path);
            ((JSONObject) JsonTree.get(doc, pointer)).put("unexpectedField", 1);
            String expected = "ADDITIONAL_PROPERTY " + (pointer + "/unexpectedField");
            assertEquals(List.of(expected), describe(validate(m, doc)), "object " + pointer);
        });
    }

    @ParameterizedTest
    @MethodSource("messages")
    void customData_with_vendor_properties_is_accepted_on_every_object(MessageFacts m) {
        JSONObject doc = m.full();
        for (String path : m.objectPaths()) {
            ((JSONObject) JsonTree.get(doc, FieldFact.pointerOf(path)))
                    .put(
                            "customData",
                            new JSONObject()
                                    .put("vendorId", "com.example.charger")
                                    .put("firmwareChannel", "beta")
                                    .put("extra", new JSONObject().put("nested", true)));
        }
        assertEquals(List.of(), describe(validate(m, doc)), doc.toString());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void customData_without_vendorId_is_REQUIRED_on_every_object(MessageFacts m) {
        forEach(List.copyOf(m.objectPaths()), path -> {
            JSONObject doc = m.full();
            String pointer = FieldFact.pointerOf(path);
            ((JSONObject) JsonTree.get(doc, pointer)).put("customData", new JSONObject().put("data", 1));
            assertEquals(List.of("REQUIRED " + pointer + "/customData/vendorId"), describe(validate(m, doc)));
        });
    }

    @ParameterizedTest
    @MethodSource("messages")
    void every_broken_field_at_once_is_reported_not_only_the_first(MessageFacts m) {
        JSONObject doc = m.full();
        List<String> expected = new ArrayList<>();
        for (FieldFact f : m.ofType(Type.STRING)) {
            JsonTree.set(doc, f.pointer(), "v".repeat(f.maxLength() + 1));
            expected.add("LENGTH " + f.pointer());
        }
        doc.put("unexpectedField", true);
        expected.add("ADDITIONAL_PROPERTY #/unexpectedField");
        assertEquals(new TreeSet<>(expected), new TreeSet<>(describe(validate(m, doc))));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void the_root_must_be_an_object(MessageFacts m) {
        for (String notAnObject : List.of("[]", "null", "\"text\"", "1")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> schemas.validate(m.schemaName(), notAnObject));
            assertTrue(e.getMessage().contains("object"), e.getMessage());
        }
    }

    private List<SchemaViolation> validate(MessageFacts m, JSONObject doc) {
        return schemas.validate(m.schemaName(), doc.toString());
    }

    /** "KIND pointer", the part of a violation these tests pin down. */
    static List<String> describe(List<SchemaViolation> violations) {
        return violations.stream().map(v -> v.kind() + " " + v.pointer()).collect(Collectors.toList());
    }

    private static <T> void forEach(List<T> items, Consumer<T> check) {
        assertAll(items.stream().map(item -> (Executable) () -> check.accept(item)));
    }

    private static List<Object> wrongTypes(Type type) {
        return switch (type) {
            case STRING, DATE_TIME, ENUM -> List.of(7, true, new JSONObject());
            case INTEGER -> List.of("7", 7.5, JSONObject.NULL);
            case NUMBER -> List.of("7.5", true, JSONObject.NULL);
            case BOOLEAN -> List.of("true", 1, JSONObject.NULL);
            case OBJECT -> List.of("object", new JSONArray());
            case ARRAY, ENUM_ARRAY -> List.of(new JSONObject(), "array");
        };
    }
}
