package org.ocppbridge.bridge.cli;

import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.bridge.config.ConfigKey;

/** The text {@code --help} prints: what the bridge is, every option with its default, and the exit codes. */
final class UsageText {

    static final int WIDTH = 110;

    /** Where descriptions start; a longer option name gets a line of its own. */
    private static final int DESCRIPTION_COLUMN = 29;

    private static final String DEFAULT_PLACEHOLDER = "${DEFAULT-VALUE}";

    private UsageText() {}

    static String render() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ")
                .append(BridgeCommandLine.NAME)
                .append(" --csms-url=URL --station-id=ID [--config=FILE.json] [--OPTION=VALUE]...")
                .append(System.lineSeparator());
        for (String line : wrap(
                "OCPP 2.0.1 bridge: connects to a CSMS as a charging station and maps UpdateFirmware, GetLog and Reset"
                        + " to the charger's system.",
                WIDTH)) {
            text.append(line).append(System.lineSeparator());
        }
        text.append("Every option can also be a key of the --config file (the name without --); flags win.")
                .append(System.lineSeparator());
        option(text, "  -h, --help", "Show this help message and exit.");
        option(text, "  -V, --version", "Print version information and exit.");
        option(
                text,
                "      " + CommandLineFlags.CONFIG_FLAG + "=FILE.json",
                "JSON object with any of the options below as keys, e.g. {\"csms-url\": \"wss://csms.example.com/ocpp\","
                        + " \"call-timeout\": 30}. Flags override it.");
        for (ConfigKey key : ConfigKey.values()) {
            String name = key.kind() == ConfigKey.Kind.BOOLEAN
                    ? key.flag() + "[=true|false]"
                    : key.flag() + "=" + key.label();
            option(text, "      " + name, help(key));
        }
        text.append(System.lineSeparator()).append("Exit codes:").append(System.lineSeparator());
        text.append("  " + BridgeCommandLine.EXIT_OK + "   help or version shown, or the bridge stopped normally")
                .append(System.lineSeparator());
        text.append("  " + BridgeCommandLine.EXIT_USAGE
                        + "   a bad option, value or config file (one line on stderr names it)")
                .append(System.lineSeparator());
        return text.toString();
    }

    /** The key's help with its default filled in (added when the text does not place it). */
    static String help(ConfigKey key) {
        String help = key.help();
        if (key.defaultText().isEmpty()) {
            return help;
        }
        String value = key.defaultText().get();
        return help.contains(DEFAULT_PLACEHOLDER)
                ? help.replace(DEFAULT_PLACEHOLDER, value)
                : help + " Default: " + value + ".";
    }

    private static void option(StringBuilder text, String name, String description) {
        List<String> lines = wrap(description, WIDTH - DESCRIPTION_COLUMN);
        String indent = " ".repeat(DESCRIPTION_COLUMN);
        if (name.length() < DESCRIPTION_COLUMN - 1) {
            text.append(name).append(" ".repeat(DESCRIPTION_COLUMN - name.length()));
        } else {
            text.append(name).append(System.lineSeparator()).append(indent);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append(indent);
            }
            text.append(lines.get(i)).append(System.lineSeparator());
        }
    }

    /** Splits at spaces into lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
