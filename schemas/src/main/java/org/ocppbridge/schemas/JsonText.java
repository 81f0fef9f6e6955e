package org.ocppbridge.schemas;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONParserConfiguration;
import org.json.JSONTokener;

/** Parses a JSON text for everit: strict syntax, exactly one value, integral numbers as integers. */
final class JsonText {

    /**
     * Integral decimals with more digits than this stay decimals (and fail {@code integer}): no OCPP integer is
     * that long, and expanding {@code 1e999999999} into a BigInteger would eat the heap.
     */
    private static final int MAX_INTEGER_DIGITS = 40;

    private JsonText() {}

    /**
     * @throws IllegalArgumentException when the text is not exactly one JSON value in strict syntax
     */
    static Object parse(String text) {
        // org.json is lenient by default (unquoted names, single quotes, trailing commas); a peer's frame is not.
        JSONParserConfiguration strict = new JSONParserConfiguration().withStrictMode();
        JSONTokener tokener = new JSONTokener(text);
        tokener.setJsonParserConfiguration(strict);
        Object value;
        try {
            value = tokener.nextValue();
            if (tokener.nextClean() != 0) {
                throw new IllegalArgumentException("text goes on after the JSON value");
            }
        } catch (JSONException e) {
            // The parser's message quotes the input; keep it as the cause only.
            throw new IllegalArgumentException("text is not one strict JSON value", e);
        }
        return normalized(value);
    }

    /**
     * Draft-07 counts a number with a zero fraction ({@code 1.0}, {@code 1e2}) as an integer; everit only counts
     * Integer, Long and BigInteger, and org.json hands such numbers over as BigDecimal.
     */
    private static Object normalized(Object value) {
        if (value instanceof JSONObject object) {
            for (String key : new ArrayList<>(object.keySet())) {
                object.put(key, normalized(object.get(key)));
            }
            return object;
        }
        if (value instanceof JSONArray array) {
            for (int i = 0; i < array.length(); i++) {
                array.put(i, normalized(array.get(i)));
            }
            return array;
        }
        if (value instanceof BigDecimal number) {
            return integralOrSame(number);
        }
        return value;
    }

    private static Object integralOrSame(BigDecimal number) {
        if (number.signum() == 0) {
            return 0;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        boolean integral = stripped.scale() <= 0;
        // precision - scale = digits before the point
        if (integral && (long) stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS) {
            return stripped.toBigIntegerExact();
        }
        return number;
    }
}
