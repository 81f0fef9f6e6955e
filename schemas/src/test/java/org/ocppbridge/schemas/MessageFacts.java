package org.ocppbridge.schemas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The facts of one object schema, written independently of the schema file, and the examples built from them.
 *
 * @param closed whether every object forbids properties the facts do not list
 */
record MessageFacts(String schemaName, List<FieldFact> fields, boolean closed) {

    static MessageFacts closed(String schemaName, String... rows) {
        return new MessageFacts(
                schemaName, Arrays.stream(rows).map(FieldFact::parse).toList(), true);
    }

    static MessageFacts open(String schemaName, String... rows) {
        return new MessageFacts(
                schemaName, Arrays.stream(rows).map(FieldFact::parse).toList(), false);
    }

    @Override
    public String toString() {
        return schemaName;
    }

    /** Every field set, strings at their full length, enums at their last value. */
    JSONObject full() {
        JSONObject root = new JSONObject();
        for (FieldFact f : fields) {
            put(root, f, fullValue(f));
        }
        return root;
    }

    /** Only the required fields (whose parents are required too), strings one character long. */
    JSONObject minimal() {
        JSONObject root = new JSONObject();
        for (FieldFact f : fields) {
            if (requiredAllTheWay(f)) {
                put(root, f, minimalValue(f));
            }
        }
        return root;
    }

    /** The dotted paths of every object in the full example: "" for the root, "a[]" for array elements. */
    Set<String> objectPaths() {
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        for (FieldFact f : fields) {
            if (f.type() == FieldFact.Type.OBJECT || f.type() == FieldFact.Type.ARRAY) {
                out.add(f.objectPath());
            }
        }
        return out;
    }

    List<FieldFact> ofType(FieldFact.Type type) {
        return fields.stream().filter(f -> f.type() == type).toList();
    }

    List<FieldFact> requiredFields() {
        return fields.stream().filter(FieldFact::required).toList();
    }

    private boolean requiredAllTheWay(FieldFact f) {
        if (!f.required()) {
            return false;
        }
        String parent = f.parentPath();
        if (parent.isEmpty()) {
            return true;
        }
        String owner = parent.endsWith("[]") ? parent.substring(0, parent.length() - 2) : parent;
        return fields.stream().filter(p -> p.path().equals(owner)).allMatch(this::requiredAllTheWay);
    }

    private static Object fullValue(FieldFact f) {
        return switch (f.type()) {
            case STRING -> f.maxLength() > 0 ? "v".repeat(f.maxLength()) : "a value";
            case INTEGER -> 7;
            case NUMBER -> 7.5;
            case BOOLEAN -> true;
            case DATE_TIME -> "2024-02-29T23:59:59.125+01:00";
            case ENUM -> f.values().get(f.values().size() - 1);
            case ENUM_ARRAY -> new JSONArray(f.values());
            case OBJECT -> new JSONObject();
            case ARRAY -> new JSONArray().put(new JSONObject());
        };
    }

    private static Object minimalValue(FieldFact f) {
        return switch (f.type()) {
            case STRING -> "v";
            case INTEGER -> 0;
            case NUMBER -> 0;
            case BOOLEAN -> false;
            case DATE_TIME -> "2024-01-01T00:00:00Z";
            case ENUM -> f.values().get(0);
            case ENUM_ARRAY -> new JSONArray().put(f.values().get(0));
            case OBJECT -> new JSONObject();
            case ARRAY -> new JSONArray().put(new JSONObject());
        };
    }

    private static void put(JSONObject root, FieldFact f, Object value) {
        JsonTree.set(root, f.pointer(), value);
    }

    /** The dotted paths of all fields, for comparing with a schema's own properties. */
    List<String> paths() {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.add(f.path()));
        return out;
    }
}
