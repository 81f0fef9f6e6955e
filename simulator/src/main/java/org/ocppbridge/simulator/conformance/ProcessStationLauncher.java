package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Launches {@code <command> <flags>} as a child process, output to the case's file. Stopping sends SIGTERM
 * (Process.destroy), waits {@value #STOP_GRACE_SECONDS} s, then kills the process and its children.
 */
public final class ProcessStationLauncher implements StationLauncher {

    static final int STOP_GRACE_SECONDS = 5;

    private final List<String> command;

    /** {@code command} is split at spaces; single or double quotes keep a word with spaces together. */
    public ProcessStationLauncher(String command) {
        this.command = split(command);
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("the station command is empty");
        }
    }

    @Override
    public Running launch(LaunchSpec spec) throws IOException {
        List<String> argv = new ArrayList<>(command);
        argv.addAll(spec.flags());
        Files.createDirectories(spec.output().getParent());
        Files.createDirectories(spec.dataDir());
        Files.createDirectories(spec.logDir());
        Process process = new ProcessBuilder(argv)
                .redirectErrorStream(true)
                .redirectOutput(spec.output().toFile())
                .start();
        return new Running() {
            @Override
            public Optional<String> exitDescription() {
                if (process.isAlive()) {
                    return Optional.empty();
                }
                return Optional.of("exited with " + process.exitValue() + lastLine(spec.output()));
            }

            @Override
            public void close() {
                stop(process);
            }
        };
    }

    private static String lastLine(Path output) {
        try (Stream<String> lines = Files.lines(output)) {
            return lines.reduce((first, second) -> second)
                    .map(line -> ": " + line)
                    .orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in the station command");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
