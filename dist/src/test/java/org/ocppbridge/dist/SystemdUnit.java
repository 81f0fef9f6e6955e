package org.ocppbridge.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A systemd unit file read as sections of {@code key=value} lines (comments and blank lines skipped). */
record SystemdUnit(Map<String, Map<String, List<String>>> sections) {

    static SystemdUnit read(Path file) throws IOException {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> current = null;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), s -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (current == null || equals < 1) {
                throw new IOException(file + ": not a unit line: " + raw);
            }
            current.computeIfAbsent(line.substring(0, equals).strip(), k -> new ArrayList<>())
                    .add(line.substring(equals + 1).strip());
        }
        return new SystemdUnit(sections);
    }

    /** The one value of {@code key} in {@code section}; fails when it is missing or given twice. */
    String value(String section, String key) {
        List<String> values = sections.getOrDefault(section, Map.of()).getOrDefault(key, List.of());
        if (values.size() != 1) {
            throw new AssertionError("[" + section + "] " + key + " has " + values.size() + " values: " + values);
        }
        return values.get(0);
    }
}
