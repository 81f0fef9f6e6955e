package org.ocppbridge.mappings.ocpp;

import java.util.List;

/** The checks the records' compact constructors share; each names the type and the field it checks. */
final class Constraints {

    private Constraints() {}

    static <T> T required(T value, String type, String field) {
        if (value == null) {
            throw new OcppConstraintException(type, field, "is required");
        }
        return value;
    }

    /**
     * JSON Schema's maxLength counts Unicode code points, not Java chars, so a string of emoji (two chars each)
     * is measured the way the CSMS's validator measures it.
     */
    static String maxLength(String value, int max, String type, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new OcppConstraintException(type, field, "must not be longer than " + max + " characters");
        }
        return value;
    }

    static String requiredMaxLength(String value, int max, String type, String field) {
        return maxLength(required(value, type, field), max, type, field);
    }

    static Integer min(Integer value, int min, String type, String field) {
        if (value != null && value < min) {
            throw new OcppConstraintException(type, field, "must be at least " + min);
        }
        return value;
    }

    /** A list of at most {@code max} elements (maxItems); returns it unchanged. */
    static <T> List<T> maxItems(List<T> values, int max, String type, String field) {
        if (values != null && values.size() > max) {
            throw new OcppConstraintException(type, field, "must not hold more than " + max + " elements");
        }
        return values;
    }

    /** Copies a list that must hold at least one element (minItems 1) and no null element. */
    static <T> List<T> nonEmptyCopy(List<T> values, String type, String field) {
        required(values, type, field);
        if (values.isEmpty()) {
            throw new OcppConstraintException(type, field, "must hold at least one element");
        }
        for (T value : values) {
            if (value == null) {
                throw new OcppConstraintException(type, field, "must not hold a null element");
            }
        }
        return List.copyOf(values);
    }
}
