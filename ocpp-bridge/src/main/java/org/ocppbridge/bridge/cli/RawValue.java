package org.ocppbridge.bridge.cli;

import org.ocppbridge.bridge.config.ConfigKey;

/**
 * A configuration value as text, with where it came from for error messages: the flag ({@code --call-timeout}) or
 * the key in the config file ({@code "call-timeout" in bridge.json}).
 */
record RawValue(String text, String origin) {

    static RawValue fromFlag(ConfigKey key, String text) {
        return new RawValue(text, key.flag());
    }

    static RawValue fromFile(ConfigKey key, String text, String fileName) {
        return new RawValue(text, "\"" + key.key() + "\" in " + fileName);
    }

    /** The value quoted for an error message, shortened; never used for secrets. */
    String quoted() {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
