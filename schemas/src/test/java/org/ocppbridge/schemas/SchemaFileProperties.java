package org.ocppbridge.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Reads a schema file as plain JSON and lists the property paths it declares (customData left out). */
final class SchemaFileProperties {

    private SchemaFileProperties() {}

    static JSONObject read(String resource) {
        try (InputStream in = SchemaFileProperties.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new JSONObject(new JSONTokener(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dotted paths as in the facts: "firmware.location", "getVariableData[].component.name". */
    static Set<String> paths(JSONObject file) {
        return properties(file).keySet();
    }

    /** Each declared property path with its schema, local $refs resolved. */
    static Map<String, JSONObject> properties(JSONObject file) {
        Map<String, JSONObject> out = new TreeMap<>();
        walk(file, file, "", out);
        return out;
    }

    /** The enum values a property declares, in file order; empty when it has none. */
    static List<String> enumValues(JSONObject file, JSONObject property) {
        List<String> out = new ArrayList<>();
        resolved(file, property).optJSONArray("enum", new org.json.JSONArray()).forEach(v -> out.add((String) v));
        return out;
    }

    /** The enum values of an array property's items, in file order. */
    static List<String> itemEnumValues(JSONObject file, JSONObject arrayProperty) {
        return enumValues(file, resolved(file, arrayProperty).getJSONObject("items"));
    }

    private static void walk(JSONObject file, JSONObject schema, String prefix, Map<String, JSONObject> out) {
        JSONObject s = resolved(file, schema);
        if ("array".equals(s.optString("type"))) {
            walk(file, s.getJSONObject("items"), prefix + "[]", out);
            return;
        }
        JSONObject properties = s.optJSONObject("properties");
        if (properties == null) {
            return;
        }
        for (String name : properties.keySet()) {
            if (name.equals("customData")) {
                continue;
            }
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            out.put(path, resolved(file, properties.getJSONObject(name)));
            walk(file, properties.getJSONObject(name), path, out);
        }
    }

    private static JSONObject resolved(JSONObject file, JSONObject schema) {
        String ref = schema.optString("$ref", null);
        if (ref == null || !ref.startsWith("#/definitions/")) {
            return schema;
        }
        return file.getJSONObject("definitions").getJSONObject(ref.substring("#/definitions/".length()));
    }
}
