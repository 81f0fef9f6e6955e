package org.ocppbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the baselines' external commands ({@code curl}, {@code openssl}, {@code tar}) and machine facts. */
final class Shell {

    private static final long LIMIT_SECONDS = 300;

    private Shell() {}

    /** Runs {@code sh -c script}; returns its output, or fails with it when the exit code is not 0. */
    static String run(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("sh", "-c", script))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("still running after " + LIMIT_SECONDS + " s: " + script);
        }
        String text = new String(out, StandardCharsets.UTF_8).trim();
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + " from `" + script + "`: " + text);
        }
        return text;
    }

    /** Runs the script and returns how long it took, in nanoseconds. */
    static long time(String script) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(script);
        return System.nanoTime() - start;
    }

    /** Fails with a clear message when a command the baselines need is missing; installs nothing. */
    static void require(String... commands) throws IOException, InterruptedException {
        for (String command : commands) {
            try {
                run("command -v " + command);
            } catch (IOException e) {
                throw new IOException(
                        "the benchmark needs `" + command + "` on the PATH for its baselines"
                                + " (Debian/Ubuntu: apt-get install -y curl openssl tar gzip)",
                        e);
            }
        }
    }

    /** Single-quotes a path or argument for sh. */
    static String quote(Object value) {
        return "'" + value.toString().replace("'", "'\\''") + "'";
    }
}
