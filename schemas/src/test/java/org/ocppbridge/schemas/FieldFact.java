package org.ocppbridge.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a message's field table, written as in messages.md: {@code "firmware.location string(512) required"}.
 *
 * @param path dotted path; {@code name[]} is an array whose elements the following rows describe
 * @param maxLength for strings, the limit in characters, or 0 when there is none
 * @param values for enums, every allowed value
 */
record FieldFact(String path, Type type, boolean required, int maxLength, List<String> values) {

    enum Type {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        DATE_TIME,
        ENUM,
        /** An array of enum values ({@code enum[](A|B)}), at least one. */
        ENUM_ARRAY,
        OBJECT,
        ARRAY
    }

    private static final Pattern ROW = Pattern.compile(
            "(\\S+) (string|string\\((\\d+)\\)|integer|number|boolean|date-time|enum(?:\\[\\])?\\(([^)]+)\\)|object|array)( required)?");

    static FieldFact parse(String row) {
        Matcher m = ROW.matcher(row);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad fact row: " + row);
        }
        String kind = m.group(2);
        Type type = kind.startsWith("string")
                ? Type.STRING
                : kind.startsWith("enum[]")
                        ? Type.ENUM_ARRAY
                        : kind.startsWith("enum")
                                ? Type.ENUM
                                : switch (kind) {
                                    case "integer" -> Type.INTEGER;
                                    case "number" -> Type.NUMBER;
                                    case "boolean" -> Type.BOOLEAN;
                                    case "date-time" -> Type.DATE_TIME;
                                    case "object" -> Type.OBJECT;
                                    default -> Type.ARRAY;
                                };
        int max = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        List<String> values =
                m.group(4) == null ? List.of() : List.of(m.group(4).split("\\|"));
        return new FieldFact(m.group(1), type, m.group(5) != null, max, values);
    }

    /** The JSON pointer of this field in an example, where every array holds one element. */
    String pointer() {
        return pointerOf(path);
    }

    static String pointerOf(String dottedPath) {
        if (dottedPath.isEmpty()) {
            return "#";
        }
        StringBuilder b = new StringBuilder("#");
        for (String segment : segments(dottedPath)) {
            b.append('/').append(segment);
        }
        return b.toString();
    }

    /** "a[].b" → ["a", "0", "b"]. */
    static List<String> segments(String dottedPath) {
        List<String> out = new ArrayList<>();
        for (String part : dottedPath.split("\\.")) {
            if (part.endsWith("[]")) {
                out.add(part.substring(0, part.length() - 2));
                out.add("0");
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** The dotted path of the object holding this field ("" for the root). */
    String parentPath() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The path of the object that holds this array's elements, or of this object. */
    String objectPath() {
        return type == Type.ARRAY ? path + "[]" : path;
    }
}
