package org.ocppbridge.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

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
    private static final String CONFIG_FLAG = "--config";

    private BridgeCommandLine() {}

    /**
     * Parses, prints help, version, usage errors and warnings, and hands a valid configuration to the launcher.
     *
     * @return {@link #EXIT_OK} after help or version, {@link #EXIT_USAGE} after a bad flag, value or config file
     *     (one line on {@code err}), otherwise what the launcher returns
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Function<BridgeConfig, Integer> launcher) {
        CommandLine commandLine = commandLine();
        BridgeConfig config;
        try {
            ParseResult parsed = parseArgs(commandLine, args);
            if (parsed.isUsageHelpRequested()) {
                commandLine.usage(out);
                return EXIT_OK;
            }
            if (parsed.isVersionHelpRequested()) {
                commandLine.printVersionHelp(out);
                return EXIT_OK;
            }
            config = toConfig(parsed);
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
        ParseResult parsed = parseArgs(commandLine(), args);
        if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            throw new ConfigException(
                    parsed.isUsageHelpRequested() ? "--help" : "--version",
                    "prints and exits; use BridgeCommandLine.run");
        }
        return toConfig(parsed);
    }

    /** The usage text, as {@code --help} prints it. */
    public static String usage() {
        return commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static BridgeConfig toConfig(ParseResult parsed) {
        Map<ConfigKey, RawValue> values = new EnumMap<>(ConfigKey.class);
        if (parsed.hasMatchedOption(CONFIG_FLAG)) {
            String file = parsed.matchedOptionValue(CONFIG_FLAG, "");
            if (file.isBlank()) {
                throw new ConfigException(CONFIG_FLAG, "needs a file name; e.g. --config bridge.json");
            }
            values.putAll(ConfigFile.read(java.nio.file.Path.of(file)));
        }
        for (ConfigKey key : ConfigKey.values()) {
            if (parsed.hasMatchedOption(key.flag())) {
                values.put(key, RawValue.fromFlag(key, parsed.matchedOptionValue(key.flag(), "")));
            }
        }
        return ConfigValues.toConfig(values);
    }

    private static ParseResult parseArgs(CommandLine commandLine, String[] args) {
        Objects.requireNonNull(args, "args");
        try {
            return commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(origin(e), problem(e));
        }
    }

    /** Picocli's messages may quote a value (even a password); these name only the flag. */
    private static String origin(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
            return unmatched.stream()
                    .filter(arg -> arg.startsWith("-"))
                    .findFirst()
                    .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
                    .map(arg -> arg.length() > 60 ? arg.substring(0, 60) + "…" : arg)
                    .orElse(NAME);
        }
        ArgSpec spec = e.getArgSpec();
        if (e instanceof CommandLine.MissingParameterException
                && !((CommandLine.MissingParameterException) e).getMissing().isEmpty()) {
            spec = ((CommandLine.MissingParameterException) e).getMissing().get(0);
        } else if (e instanceof CommandLine.OverwrittenOptionException) {
            spec = ((CommandLine.OverwrittenOptionException) e).getOverwritten();
        }
        if (spec instanceof OptionSpec) {
            return ((OptionSpec) spec).longestName();
        }
        return NAME;
    }

    private static String problem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            boolean flag = ((CommandLine.UnmatchedArgumentException) e)
                    .getUnmatched().stream().anyMatch(arg -> arg.startsWith("-"));
            return flag
                    ? "unknown option; see --help for the options"
                    : "unexpected argument (every value follows its --flag); see --help";
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return "given more than once; give it once";
        }
        if (e instanceof CommandLine.MissingParameterException) {
            List<ArgSpec> missing = ((CommandLine.MissingParameterException) e).getMissing();
            return "needs a value; e.g. " + origin(e) + " "
                    + (missing.isEmpty() ? "VALUE" : missing.get(0).paramLabel());
        }
        return "cannot be used as given; see --help";
    }

    static CommandLine commandLine() {
        CommandSpec spec =
                CommandSpec.create().name(NAME).version(NAME + " " + version()).mixinStandardHelpOptions(true);
        spec.usageMessage()
                .description(
                        "OCPP 2.0.1 bridge: connects to a CSMS as a charging station and maps UpdateFirmware, GetLog"
                                + " and Reset to the charger's system.",
                        "Every option can also be a key of the --config file (the name without --); flags win.")
                .sortOptions(false)
                .width(110)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes());
        spec.addOption(OptionSpec.builder(CONFIG_FLAG)
                .paramLabel("FILE.json")
                .type(String.class)
                .description("JSON object with any of the options below as keys, e.g. {\"csms-url\":"
                        + " \"wss://csms.example.com/ocpp\", \"call-timeout\": 30}. Flags override it.")
                .build());
        for (ConfigKey key : ConfigKey.values()) {
            OptionSpec.Builder option = OptionSpec.builder(key.flag())
                    .paramLabel(key.label())
                    .type(String.class)
                    .description(key.help());
            if (key.kind() == ConfigKey.Kind.BOOLEAN) {
                option.arity("0..1").fallbackValue("true");
            }
            key.defaultText().ifPresent(option::defaultValue);
            spec.addOption(option.build());
        }
        CommandLine commandLine = new CommandLine(spec);
        // "@file" arguments would read files named by a value; the bridge has --config for that.
        commandLine.setExpandAtFiles(false);
        return commandLine;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(String.valueOf(EXIT_OK), "help or version shown, or the bridge stopped normally");
        codes.put(String.valueOf(EXIT_USAGE), "a bad option, value or config file (one line on stderr names it)");
        return codes;
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
