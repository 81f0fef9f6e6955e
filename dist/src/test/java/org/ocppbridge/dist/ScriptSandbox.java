package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a maintainer script with {@code sh} the way dpkg would, but with PATH holding only stub commands: each stub
 * appends its name and arguments to a calls file and succeeds, {@code getent} answers as told (the user exists or
 * not), {@code chown} and {@code chmod} fail on a missing path as the real ones do (and change nothing), and
 * {@code rm} really deletes, but only below the test root. The file-touching stubs ({@code chown},
 * {@code chmod}, {@code rm}) refuse any path outside the test root (exit 97, and a line in a violations file that
 * {@link #run} turns into a failure), so a script bug can never reach a real path; every recorded argument that is
 * a path must lie below the root as well. An unstubbed command is not found at all.
 */
final class ScriptSandbox {

    /** Every command the maintainer scripts may call. */
    static final List<String> STUBS = List.of("getent", "adduser", "deluser", "chown", "chmod", "systemctl", "rm");

    private static final String STUB =
            """
            #!/bin/sh
            name=${0##*/}
            line=$name
            for arg in "$@"; do line="$line $arg"; done
            printf '%s\\n' "$line" >> "$STUB_CALLS"
            refuse() {
                printf '%s\\n' "$name refused $1 (test root $STUB_ROOT)" >> "$STUB_VIOLATIONS"
                exit 97
            }
            case "$STUB_ROOT" in /?*) ;; *) refuse "every path: no test root" ;; esac
            case "$name" in
                chown|chmod|rm)
                    operand=0
                    for arg in "$@"; do
                        case "$arg" in -*) continue ;; esac
                        operand=$((operand + 1))
                        # chown's owner and chmod's mode come first; every other operand is a path.
                        if [ "$name" != rm ] && [ $operand -eq 1 ]; then continue; fi
                        case "$arg" in
                            */../*|*/..) refuse "$arg" ;;
                            "$STUB_ROOT"/*) ;;
                            *) refuse "$arg" ;;
                        esac
                        # As the real ones do: chown and chmod fail on a path that is not there.
                        if [ "$name" != rm ] && [ ! -e "$arg" ]; then
                            echo "$name: cannot access '$arg': No such file or directory" >&2
                            exit 1
                        fi
                    done
                    ;;
            esac
            case "$name" in
                getent)
                    if [ "$STUB_USER_EXISTS" = yes ]; then
                        echo "ocpp-bridge:x:998:998::/var/lib/ocpp-bridge:/usr/sbin/nologin"
                        exit 0
                    fi
                    exit 2
                    ;;
                rm) exec /bin/rm "$@" ;;
            esac
            exit 0
            """;

    private static final long WAIT_SECONDS = 20;

    private final Path dir;
    private final Path bin;

    ScriptSandbox(Path dir) throws IOException {
        this.dir = dir;
        this.bin = Files.createDirectories(dir.resolve("stub-bin"));
        for (String name : STUBS) {
            Path stub = bin.resolve(name);
            Files.writeString(stub, STUB);
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** What a script did: its exit code, what it printed, and the stub commands it called, in order. */
    record Run(int exitCode, String output, List<String> calls) {}

    /**
     * Runs {@code script} with {@code args}; {@code dpkgRoot} empty runs it as for the machine's own root
     * ({@code DPKG_ROOT} unset, and no path may be touched at all). Fails when a stub saw a path outside the root.
     */
    Run run(Path script, Optional<Path> dpkgRoot, boolean userExists, String... args)
            throws IOException, InterruptedException {
        Path root = dpkgRoot.orElse(dir.resolve("no-root"));
        Path calls = dir.resolve("calls");
        Path violations = dir.resolve("violations");
        Path output = dir.resolve("output");
        Files.deleteIfExists(calls);
        Files.deleteIfExists(violations);
        List<String> command =
                new ArrayList<>(List.of("/bin/sh", script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createDirectories(dir.resolve("cwd")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.put("STUB_CALLS", calls.toString());
        env.put("STUB_VIOLATIONS", violations.toString());
        env.put("STUB_ROOT", root.toString());
        env.put("STUB_USER_EXISTS", userExists ? "yes" : "no");
        dpkgRoot.ifPresent(path -> env.put("DPKG_ROOT", path.toString()));
        Process process = builder.start();
        boolean ended = process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, command + " did not end within " + WAIT_SECONDS + " s:\n" + printed);
        List<String> recorded = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        List<String> refused = Files.exists(violations) ? Files.readAllLines(violations) : List.of();
        assertEquals(List.of(), refused, command + " touched a path outside " + root + ": " + recorded);
        for (String call : recorded) {
            assertOnlyPathsBelow(root, call);
        }
        return new Run(process.exitValue(), printed, recorded);
    }

    /**
     * Every absolute path named by {@code call} (as an argument or a {@code --root=}) lies below {@code root}. The
     * one exception is adduser's {@code --home}, which is a field of the passwd entry, not a file it touches.
     */
    private static void assertOnlyPathsBelow(Path root, String call) {
        String[] words = call.split(" ");
        for (int i = 1; i < words.length; i++) {
            String word = words[i].startsWith("--root=") ? words[i].substring("--root=".length()) : words[i];
            boolean passwdHome = words[0].equals("adduser") && words[i - 1].equals("--home");
            if (word.startsWith("/") && !passwdHome) {
                assertTrue(
                        (word.equals(root.toString()) || word.startsWith(root + "/")) && !word.contains("/.."),
                        call + " names " + word + ", outside the test root " + root);
            }
        }
    }
}
