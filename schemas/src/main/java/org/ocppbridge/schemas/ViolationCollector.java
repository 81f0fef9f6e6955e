package org.ocppbridge.schemas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;
import org.ocppbridge.schemas.SchemaViolation.Kind;

/** Flattens everit's tree of ValidationExceptions into one classified violation per leaf. */
final class ViolationCollector {

    /** The keyword reported for an integer outside OCPP's 32-bit signed range (see {@link Int32Bounds}). */
    static final String INT32 = "int32";

    private final Object subject;
    private final Set<SchemaViolation> found = new LinkedHashSet<>();

    private ViolationCollector(Object subject) {
        this.subject = subject;
    }

    static List<SchemaViolation> collect(ValidationException root, Object subject) {
        ViolationCollector collector = new ViolationCollector(subject);
        collector.walk(root);
        return List.copyOf(collector.found);
    }

    static Kind kindOf(String keyword) {
        if (keyword == null) {
            return Kind.OTHER;
        }
        return switch (keyword) {
            case "required" -> Kind.REQUIRED;
            case "type" -> Kind.TYPE;
            case "enum", "const" -> Kind.ENUM;
            case "format" -> Kind.FORMAT;
            case "maxLength",
                    "minLength",
                    "minimum",
                    "maximum",
                    "exclusiveMinimum",
                    "exclusiveMaximum",
                    "maxItems",
                    "minItems" -> Kind.LENGTH;
            case "additionalProperties" -> Kind.ADDITIONAL_PROPERTY;
            default -> Kind.OTHER;
        };
    }

    private void walk(ValidationException e) {
        // Inner nodes ("3 schema violations found", allOf wrappers) only group their causes.
        List<ValidationException> causes = e.getCausingExceptions();
        if (causes.isEmpty()) {
            leaf(e);
        } else {
            causes.forEach(this::walk);
        }
    }

    private void leaf(ValidationException e) {
        String keyword = e.getKeyword();
        String pointer = e.getPointerToViolation();
        if (("required".equals(keyword) || "additionalProperties".equals(keyword)) && namePerProperty(e, keyword)) {
            return;
        }
        if (("minimum".equals(keyword) || "maximum".equals(keyword))
                && Int32Bounds.outside(JsonPointers.resolve(subject, pointer))) {
            // An integer beyond 32 bits is not an OCPP integer at all: a type violation, whatever bound it broke.
            found.add(new SchemaViolation(Kind.TYPE, pointer, INT32));
            return;
        }
        found.add(new SchemaViolation(kindOf(keyword), pointer, keyword == null ? "unknown" : keyword));
    }

    /**
     * everit reports a missing or extra property at the pointer of the object that holds it; the caller wants
     * the property itself. Worked out from the schema and the document, not from everit's message text.
     *
     * @return false when the object cannot be found, so the violation is kept at the object's pointer
     */
    private boolean namePerProperty(ValidationException e, String keyword) {
        Schema violated = e.getViolatedSchema();
        Object at = JsonPointers.resolve(subject, e.getPointerToViolation());
        if (!(violated instanceof ObjectSchema schema) || !(at instanceof JSONObject object)) {
            return false;
        }
        List<String> names = "required".equals(keyword) ? missing(schema, object) : extraneous(schema, object);
        if (names.isEmpty()) {
            return false;
        }
        Kind kind = kindOf(keyword);
        for (String name : names) {
            found.add(new SchemaViolation(kind, JsonPointers.child(e.getPointerToViolation(), name), keyword));
        }
        return true;
    }

    private static List<String> missing(ObjectSchema schema, JSONObject object) {
        List<String> names = new ArrayList<>();
        for (String name : schema.getRequiredProperties()) {
            if (!object.has(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> extraneous(ObjectSchema schema, JSONObject object) {
        Set<String> names = new TreeSet<>(); // sorted: org.json keeps no order
        for (String name : object.keySet()) {
            boolean declared = schema.getPropertySchemas().containsKey(name)
                    || schema.getPatternProperties().keySet().stream()
                            .anyMatch(p -> p.matcher(name).find());
            if (!declared) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** everit's pointers: "#" for the root, then "/"-separated segments with ~0 and ~1 escapes. */
    static final class JsonPointers {

        private JsonPointers() {}

        static String child(String pointer, String name) {
            return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        }

        static Object resolve(Object root, String pointer) {
            if (pointer == null || !pointer.startsWith("#")) {
                return null;
            }
            Object at = root;
            String path = pointer.substring(1);
            if (path.isEmpty()) {
                return at;
            }
            for (String raw : path.substring(1).split("/", -1)) {
                String segment = raw.replace("~1", "/").replace("~0", "~");
                if (at instanceof JSONObject object) {
                    at = object.opt(segment);
                } else if (at instanceof JSONArray array && segment.matches("\\d{1,9}")) {
                    at = array.opt(Integer.parseInt(segment));
                } else {
                    return null;
                }
            }
            return at;
        }
    }
}
