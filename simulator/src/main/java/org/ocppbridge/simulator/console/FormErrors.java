package org.ocppbridge.simulator.console;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a command form the console refused, each with a message to show next to it. */
final class FormErrors extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> byField;

    FormErrors(Map<String, String> byField) {
        super(String.join("; ", byField.values()));
        this.byField = Map.copyOf(new LinkedHashMap<>(byField));
    }

    static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    Map<String, String> byField() {
        return byField;
    }
}
