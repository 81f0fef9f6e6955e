package org.ocppbridge.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.config.ConfigKey;

/**
 * The command line: flags {@code --key value} (or {@code --key=value}) and {@code --config FILE.json} holding the
 * same keys; a flag wins over the file, the file over the default. {@link #run} is what {@code main} calls.
 */
public final class BridgeCommandLine {

    /** Exit code for help and version. */
    public static final int EXIT_OK = 0;
    /** Exit code for a bad flag, value or config file. */
    public static final int EXIT_USAGE = 2;

    static final String NAME = "ocpp-bridge";

    private BridgeCommandLine() {}

    /**
     * Parses, prints help, version, usage errors and warnings, and hands a valid configuration to the launcher.
     *
     * @return {@link #EXIT_OK} after help or version, {@link #EXIT_USAGE} after a bad flag, value or config file
     *     (one line on {@code err}), otherwise what the launcher returns
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Function<BridgeConfig, Integer> launcher) {
        BridgeConfig config;
        try {
            CommandLineFlags flags = CommandLineFlags.parse(args);
            if (flags.help()) {
                out.print(usage());
                return EXIT_OK;
            }
            if (flags.version()) {
                out.println(NAME + " " + version());
                return EXIT_OK;
            }
            config = toConfig(flags);
            // Every file and command read and checked before anything starts (issue 15, points 6 and 7).
            StartupChecks.check(config);
        } catch (ConfigException e) {
            err.println(NAME + ": " + e.getMessage());
            return EXIT_USAGE;
        }
        for (String warning : config.warnings()) {
            err.println(NAME + ": warning: " + warning);
        }
        return launcher.apply(config);
    }

    /**
     * Parses the arguments into a configuration. {@code --help} and {@code --version} are for {@link #run}; here
     * they are a {@link ConfigException}.
     */
    public static BridgeConfig parse(String[] args) {
        CommandLineFlags flags = CommandLineFlags.parse(args);
        if (flags.help() || flags.version()) {
            throw new ConfigException(
                    flags.help() ? "--help" : "--version", "prints and exits; use BridgeCommandLine.run");
        }
        return toConfig(flags);
    }

    /** The usage text, as {@code --help} prints it. */
    public static String usage() {
        return UsageText.render();
    }

    private static BridgeConfig toConfig(CommandLineFlags flags) {
        Map<ConfigKey, RawValue> values = new EnumMap<>(ConfigKey.class);
        if (flags.value(CommandLineFlags.CONFIG_FLAG).isPresent()) {
            String file = flags.value(CommandLineFlags.CONFIG_FLAG).get();
            if (file.isBlank()) {
                throw new ConfigException(CommandLineFlags.CONFIG_FLAG, "needs a file name; e.g. --config bridge.json");
            }
            values.putAll(ConfigFile.read(java.nio.file.Path.of(file)));
        }
        for (ConfigKey key : ConfigKey.values()) {
            flags.value(key.flag()).ifPresent(text -> values.put(key, RawValue.fromFlag(key, text)));
        }
        return ConfigValues.toConfig(values);
    }

    /** The version from the jar's Maven metadata; a build from the IDE or target/classes has none. */
    static String version() {
        try (InputStream in = BridgeCommandLine.class.getResourceAsStream(
                "/META-INF/maven/org.ocppbridge/ocpp-bridge/pom.properties")) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bridge's version", e);
        }
    }
}
