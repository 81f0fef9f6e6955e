package org.ocppbridge.schemas;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema files on disk and on the class path match the list of supported actions. */
class SchemaFilesTest {

    private final JsonSchemas schemas = new JsonSchemas();

    @Test
    void every_supported_action_has_a_Request_and_a_Response_schema_on_the_class_path() {
        assertAll(OcppFacts.ACTIONS.stream()
                .flatMap(a -> Stream.of(a + "Request", a + "Response"))
                .map(name -> () -> assertTrue(schemas.has(name), name)));
    }

    @Test
    void the_ocpp_folder_holds_exactly_the_Request_and_Response_of_each_supported_action() throws IOException {
        // Maven runs tests in the module folder, where schemas/ocpp is "ocpp".
        Set<String> expected = OcppFacts.ACTIONS.stream()
                .flatMap(a -> Stream.of(a + "Request.json", a + "Response.json"))
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(Path.of("ocpp"))) {
            assertEquals(
                    expected,
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void the_system_folder_holds_exactly_the_eleven_seed_types() throws IOException {
        Set<String> expected = new TreeSet<>();
        SystemFacts.enums().keySet().forEach(n -> expected.add(n.substring("system/".length()) + ".json"));
        SystemFacts.objects().forEach(m -> expected.add(m.schemaName().substring("system/".length()) + ".json"));
        try (Stream<Path> files = Files.list(Path.of("system"))) {
            assertEquals(
                    expected,
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void the_facts_cover_every_supported_message() {
        Set<String> facts =
                OcppFacts.all().stream().map(MessageFacts::schemaName).collect(Collectors.toSet());
        Set<String> messages = OcppFacts.ACTIONS.stream()
                .flatMap(a -> Stream.of(a + "Request", a + "Response"))
                .collect(Collectors.toSet());
        assertEquals(messages, facts);
    }
}
