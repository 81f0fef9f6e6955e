package org.ocppbridge.bridge.devicemodel;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Read-write variables kept in the {@link VariableStore}: a variable reads the value the CSMS last wrote, else its
 * first value (a flag or a default). A written value is stored durably, then applied, before the answer leaves.
 */
final class StoredVariables {

    private final VariableStore store;

    StoredVariables(VariableStore store) {
        this.store = store;
    }

    /** The value in use: the stored one, else {@code firstValue}. */
    String current(String component, String name, String firstValue) {
        return store.get(Variable.keyOf(component, name, null)).orElse(firstValue);
    }

    /** Whether the CSMS has written this variable (its stored value then wins over the flag). */
    boolean written(String component, String name) {
        return store.get(Variable.keyOf(component, name, null)).isPresent();
    }

    /**
     * @param apply puts a stored value to use (the back-off, the ping interval); runs after it is on disk
     */
    Variable readWrite(
            String component,
            String name,
            String firstValue,
            Function<String, String> check,
            Consumer<String> apply,
            Variable.Traits traits) {
        String key = Variable.keyOf(component, name, null);
        return Variable.readWrite(
                component,
                name,
                () -> store.get(key).orElse(firstValue),
                check,
                value -> {
                    store.put(key, value);
                    apply.accept(value);
                },
                traits);
    }

    /** A stored variable that nothing else needs to hear about when it changes. */
    Variable readWrite(
            String component, String name, String firstValue, Function<String, String> check, Variable.Traits traits) {
        return readWrite(component, name, firstValue, check, value -> {}, traits);
    }
}
