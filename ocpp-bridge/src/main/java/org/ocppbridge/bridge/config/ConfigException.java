package org.ocppbridge.bridge.config;

import java.util.Objects;

/**
 * A configuration value that cannot be used. The message is one line: where the value came from (the flag, or the
 * key in the config file), what is wrong and how to fix it. It never contains a secret.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String origin, String problem) {
        super(oneLine(Objects.requireNonNull(origin, "origin") + ": " + Objects.requireNonNull(problem, "problem")));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
