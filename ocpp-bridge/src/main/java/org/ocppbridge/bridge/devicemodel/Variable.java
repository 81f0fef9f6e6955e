package org.ocppbridge.bridge.devicemodel;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One variable of the device model, Actual attribute only: where it lives (component and variable, each with an
 * optional instance), whether the CSMS may write it, how its value reads, and how a written value is checked.
 *
 * @param component the component's name, e.g. {@code OCPPCommCtrlr}
 * @param name the variable's name, e.g. {@code OfflineThreshold}
 * @param instance the variable's instance ({@code MessageTimeout[Default]}), or null
 * @param value reads the current value as the CSMS sees it; null for a write-only variable (a secret)
 * @param check for a writable variable: null when the text is a valid value, else why not; null for read-only
 * @param write for a writable variable: stores or applies a checked value; null for read-only
 * @param traits what a report says about it besides its value
 * @param constant whether the station never changes the value itself (a report's {@code constant}): true for the
 *     read-only ones unless {@link #varying()} says otherwise
 */
record Variable(
        String component,
        String name,
        String instance,
        Supplier<String> value,
        Function<String, String> check,
        Writer write,
        Traits traits,
        boolean constant) {

    /** Stores or applies a value that passed the check, before the answer leaves. */
    interface Writer {
        void write(String value) throws IOException;
    }

    /**
     * @param dataType a DataEnumType value
     * @param unit null when none
     * @param min null when none
     * @param max null when none
     * @param valuesList for the list types, the allowed values (comma separated); else null
     * @param persistent whether the value survives a restart
     */
    record Traits(String dataType, String unit, Long min, Long max, String valuesList, boolean persistent) {

        static Traits integerSeconds(long min, boolean persistent) {
            return new Traits("integer", "s", min, null, null, persistent);
        }

        static Traits integer(long min, long max) {
            return new Traits("integer", null, min, max, null, true);
        }
    }

    Variable {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(traits, "traits");
        if (value == null && write == null) {
            throw new IllegalArgumentException(component + "." + name + ": neither readable nor writable");
        }
    }

    static Variable readOnly(String component, String name, String instance, Supplier<String> value, Traits traits) {
        return new Variable(component, name, instance, value, null, null, traits, true);
    }

    static Variable readWrite(
            String component,
            String name,
            Supplier<String> value,
            Function<String, String> check,
            Writer write,
            Traits traits) {
        return new Variable(
                component,
                name,
                null,
                value,
                Objects.requireNonNull(check, "check"),
                Objects.requireNonNull(write, "write"),
                traits,
                false);
    }

    /**
     * A write-only variable (SecurityCtrlr.BasicAuthPassword): GetVariables is Rejected with WriteOnly, reports
     * carry no value, and a written value is never logged.
     */
    static Variable writeOnly(
            String component, String name, Function<String, String> check, Writer write, Traits traits) {
        return new Variable(
                component,
                name,
                null,
                null,
                Objects.requireNonNull(check, "check"),
                Objects.requireNonNull(write, "write"),
                traits,
                false);
    }

    /** The same variable, its value changing at runtime without the CSMS writing it (a clock, a count). */
    Variable varying() {
        return new Variable(component, name, instance, value, check, write, traits, false);
    }

    boolean writable() {
        return write != null;
    }

    boolean readable() {
        return value != null;
    }

    /** Why {@code text} cannot be written, or empty when it can. */
    Optional<String> problemWith(String text) {
        return Optional.ofNullable(check.apply(text));
    }

    /** The key in the store and in log lines, e.g. {@code OCPPCommCtrlr.OfflineThreshold}. */
    String key() {
        return keyOf(component, name, instance);
    }

    static String keyOf(String component, String name, String instance) {
        return component + "." + name + (instance == null ? "" : "[" + instance + "]");
    }

    /** A check for a whole decimal number from {@code min} to {@code max}, as the device model's integer type. */
    static Function<String, String> integer(long min, long max) {
        return text -> {
            if (!text.matches("-?[0-9]{1,10}")) {
                return "not an integer";
            }
            long number = Long.parseLong(text);
            return number < min || number > max ? "out of range " + min + "-" + max : null;
        };
    }
}
