package org.ocppbridge.bridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code --install-command} and {@code --reset-command} (issue 15, point 7): a shell command line, run by
 * {@code /bin/sh -c} exactly as a person would type it (quotes, spaces in paths, variables, {@code &&}), with the
 * bridge's arguments appended as the last ones: the image path for the installer, none for the reset. Before
 * anything starts, {@link #check} has the shell parse it and finds its program.
 */
public final class ShellCommand {

    /** The POSIX shell; every Linux charger has it. */
    public static final String SHELL = "/bin/sh";

    /** What {@code $0} is inside the command. */
    private static final String NAME = "ocpp-bridge";

    private static final long CHECK_SECONDS = 5;

    private ShellCommand() {}

    /**
     * The argv that runs {@code command} with {@code arguments} appended: {@code /bin/sh -c 'command "$@"'
     * ocpp-bridge ARG…}. Appending through {@code "$@"} passes each argument as one word, whatever it holds.
     */
    public static List<String> argv(String command, String... arguments) {
        List<String> argv = new ArrayList<>(List.of(SHELL, "-c", command.strip() + " \"$@\"", NAME));
        argv.addAll(List.of(arguments));
        return argv;
    }

    /**
     * Checks that the shell can parse the command and that its program exists and may be executed.
     *
     * @throws ConfigException naming {@code flag} and the fix
     */
    public static void check(String flag, String command) {
        if (command.isBlank()) {
            throw new ConfigException(flag, "is empty; give the command to run, e.g. /usr/sbin/fw-install");
        }
        if (run(flag, SHELL, "-n", "-c", command + " \"$@\"") != 0) {
            throw new ConfigException(
                    flag,
                    "is not a command line /bin/sh can parse (check the quotes); it runs as /bin/sh -c 'COMMAND'");
        }
        Optional<String> program = firstWord(command);
        if (program.isEmpty()) {
            return; // starts with a variable or a substitution: only the shell can tell, when it runs
        }
        String name = program.get();
        if (name.contains("/")) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(flag, "the program " + name + " does not exist; check the path");
            }
            if (!Files.isExecutable(file)) {
                throw new ConfigException(
                        flag,
                        "the program " + name + " is not executable; chmod +x it or run it through its interpreter");
            }
            return;
        }
        if (run(flag, SHELL, "-c", "command -v -- \"$1\" >/dev/null", NAME, name) != 0) {
            throw new ConfigException(
                    flag, "the program " + name + " is neither a shell command nor on the PATH; give its full path");
        }
    }

    /**
     * The first word of a command line as the shell reads it (quotes and backslashes resolved), or empty when it
     * holds an expansion ({@code $}, a backquote) only the shell can work out, or is an assignment.
     */
    static Optional<String> firstWord(String command) {
        StringBuilder word = new StringBuilder();
        String text = command.strip();
        int i = 0;
        char quote = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '$' || c == '`') {
                return Optional.empty();
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (Character.isWhitespace(c) || ";&|<>()".indexOf(c) >= 0) {
                break;
            } else {
                word.append(c);
            }
        }
        String first = word.toString();
        if (first.isEmpty() || first.contains("=")) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    private static int run(String flag, String... argv) {
        try {
            Process process = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new ConfigException(flag, "cannot run " + SHELL + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
