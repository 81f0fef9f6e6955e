package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

    @Property(tries = 300)
    void what_it_writes_loads_back_to_the_same_entries(@ForAll Map<String, String> entries) throws IOException {
        assertEquals(entries, load(PropertiesText.of("state", entries)));
    }

    @Property(tries = 300)
    void its_entry_lines_are_the_ones_Properties_store_writes(@ForAll Map<String, String> entries) throws IOException {
        Properties properties = new Properties();
        properties.putAll(entries);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        properties.store(stored, null);
        // store's first line is its date comment; its entries come in hash order.
        List<String> expected = lines(stored.toByteArray()).subList(1, 1 + entries.size());
        List<String> written = lines(PropertiesText.of("state", entries));
        assertEquals("#state", written.get(0));
        assertEquals(
                expected.stream().sorted().toList(),
                written.subList(1, written.size()).stream().sorted().toList());
    }

    @Test
    void the_file_has_its_comment_and_no_date_and_its_keys_in_order() {
        Map<String, String> entries = Map.of("status", "Downloading", "location", "http://h/a b", " key", " v");
        assertEquals(
                "#the state\n\\ key=\\ v\nlocation=http\\://h/a b\nstatus=Downloading\n",
                new String(PropertiesText.of("the state", entries), StandardCharsets.US_ASCII));
    }

    @Test
    void a_comment_that_would_break_the_file_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PropertiesText.of("two\nlines", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PropertiesText.of("Zoë", Map.of()));
    }

    private static Map<String, String> load(byte[] text) throws IOException {
        Properties loaded = new Properties();
        loaded.load(new ByteArrayInputStream(text));
        Map<String, String> entries = new TreeMap<>();
        loaded.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }

    private static List<String> lines(byte[] text) {
        return Arrays.asList(new String(text, StandardCharsets.ISO_8859_1).split("\n"));
    }
}
