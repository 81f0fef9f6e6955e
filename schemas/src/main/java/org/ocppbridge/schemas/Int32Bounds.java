package org.ocppbridge.schemas;

import java.math.BigDecimal;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * OCPP's {@code integer} is 32-bit signed (OCPP 2.0.1 Part 2, primitive data types), but JSON Schema's has no
 * bound. Every {@code "type": "integer"} of a schema gets {@code minimum} and {@code maximum} at the ends of that
 * range when it loads (tighter bounds the file declares are kept), so a larger number is refused by validation
 * instead of being wrapped by a binding. The schema files stay as the specification publishes them.
 */
final class Int32Bounds {

    static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Int32Bounds() {}

    /** Adds the bounds in place, to every schema object at any depth; returns the same object. */
    static JSONObject apply(JSONObject schema) {
        if ("integer".equals(schema.opt("type"))) {
            tighten(schema, "minimum", MIN, -1);
            tighten(schema, "maximum", MAX, 1);
        }
        for (String key : schema.keySet()) {
            // "enum" and "const" hold values, not schemas: an enum value "integer" is not a type.
            if (!key.equals("enum") && !key.equals("const")) {
                descend(schema.get(key));
            }
        }
        return schema;
    }

    private static void descend(Object value) {
        if (value instanceof JSONObject object) {
            apply(object);
        } else if (value instanceof JSONArray array) {
            for (Object element : array) {
                descend(element);
            }
        }
    }

    /** Sets the bound unless the file already has one at least as tight; direction -1 for minimum, +1 maximum. */
    private static void tighten(JSONObject schema, String keyword, BigDecimal bound, int direction) {
        Object declared = schema.opt(keyword);
        if (declared instanceof Number number && new BigDecimal(number.toString()).compareTo(bound) * direction <= 0) {
            return;
        }
        schema.put(keyword, bound.intValueExact());
    }

    /** Whether a JSON value is an integral number outside OCPP's 32-bit range. */
    static boolean outside(Object value) {
        if (!(value instanceof Number number)) {
            return false;
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return false;
        }
        return decimal.compareTo(MIN) < 0 || decimal.compareTo(MAX) > 0;
    }
}
