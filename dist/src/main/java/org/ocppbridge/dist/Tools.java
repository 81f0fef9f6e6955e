package org.ocppbridge.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;

/** The JDK's tools (jdeps, jlink) through {@link ToolProvider}, and child processes with a bounded wait. */
final class Tools {

    private static final long PROCESS_MINUTES = 5;

    private Tools() {}

    /** Runs a JDK tool of this JVM; returns what it printed, or throws with its output when it fails. */
    static String run(String tool, String... args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IOException("this Java has no " + tool + "; build with a JDK 17, not a JRE"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            code = provider.run(out, out, args);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IOException(tool + " " + String.join(" ", args) + " failed with " + code + ":\n" + text);
        }
        return text;
    }

    /** Runs a command with its output in {@code log}; fails on a non-zero exit or after five minutes. */
    static void exec(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(PROCESS_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command + " did not end within " + PROCESS_MINUTES + " min; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
    }
}
