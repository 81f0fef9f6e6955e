package org.ocppbridge.bridge.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.config.ConfigKey;

/**
 * The command line split into flags and their values: {@code --key value}, {@code --key=value}, a bare
 * {@code --switch} (true), {@code --help}/{@code -h} and {@code --version}/{@code -V}. It only splits; what a value
 * must look like is {@link ConfigValues}'s job.
 *
 * <p>Hand-written rather than picocli: building picocli's model of these thirty options cost 170–200 ms on every
 * start (measured, cold JVM), a third of the time to the first BootNotification.
 *
 * @param help {@code --help} or {@code -h} was given
 * @param version {@code --version} or {@code -V} was given
 * @param values each flag given (e.g. {@code --call-timeout}) with its value, in command-line order
 */
record CommandLineFlags(boolean help, boolean version, Map<String, String> values) {

    static final String CONFIG_FLAG = "--config";

    private static final int SHOWN_FLAG_LENGTH = 60;

    /**
     * @throws ConfigException naming the flag: unknown, given twice, or missing its value; or naming the program
     *     for a word that follows no flag
     */
    static CommandLineFlags parse(String[] args) {
        Objects.requireNonNull(args, "args");
        // Help and version win over whatever else is on the line, mistakes included: they are how to fix them.
        List<String> all = Arrays.asList(args);
        boolean help = all.contains("--help") || all.contains("-h");
        boolean version = all.contains("--version") || all.contains("-V");
        if (help || version) {
            return new CommandLineFlags(help, version, Map.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = Objects.requireNonNull(args[i], "argument");
            if (!arg.startsWith("-")) {
                throw new ConfigException(
                        BridgeCommandLine.NAME, "unexpected argument (every value follows its --flag); see --help");
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            Optional<ConfigKey> key = key(flag);
            if (key.isEmpty() && !flag.equals(CONFIG_FLAG)) {
                throw new ConfigException(shown(flag), "unknown option; see --help for the options");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (key.isPresent() && key.get().kind() == ConfigKey.Kind.BOOLEAN) {
                // A bare switch means true; a following true/false is its value.
                boolean next = i + 1 < args.length && isBoolean(args[i + 1]);
                value = next ? args[++i] : "true";
            } else if (i + 1 < args.length && !isFlag(args[i + 1])) {
                value = args[++i];
            } else {
                String label = key.map(ConfigKey::label).orElse("FILE.json");
                throw new ConfigException(flag, "needs a value; e.g. " + flag + " " + label);
            }
            if (values.putIfAbsent(flag, value) != null) {
                throw new ConfigException(flag, "given more than once; give it once");
            }
        }
        return new CommandLineFlags(false, false, Map.copyOf(values));
    }

    /** The value of {@code flag}, when it was given. */
    Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    private static Optional<ConfigKey> key(String flag) {
        return flag.startsWith("--") ? ConfigKey.byKey(flag.substring(2)) : Optional.empty();
    }

    /** A known flag (with or without {@code =value}): then it is not the value of the flag before it. */
    private static boolean isFlag(String arg) {
        int equals = arg.indexOf('=');
        String flag = equals < 0 ? arg : arg.substring(0, equals);
        return flag.equals(CONFIG_FLAG) || key(flag).isPresent();
    }

    private static boolean isBoolean(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false");
    }

    /** A mistyped flag is shown (never its value, which may be a password), shortened. */
    private static String shown(String flag) {
        return flag.length() > SHOWN_FLAG_LENGTH ? flag.substring(0, SHOWN_FLAG_LENGTH) + "…" : flag;
    }
}
