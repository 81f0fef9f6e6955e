package org.ocppbridge.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 7: the commands are shell command lines, with the bridge's arguments appended intact. */
class ShellCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_script_in_a_folder_with_a_space_gets_quoted_arguments_and_the_image_path_intact() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("my tools"));
        Path out = dir.resolve("args.txt");
        Path script = Files.writeString(
                folder.resolve("install firmware.sh"),
                "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done > '" + out + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        String command = "'" + script + "' --mode \"fast and safe\" plain";

        ShellCommand.check("--install-command", command);
        Process process = new ProcessBuilder(ShellCommand.argv(command, "/data/fw image.bin"))
                .inheritIO()
                .start();
        assertEquals(true, process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());

        assertEquals(
                List.of("[--mode]", "[fast and safe]", "[plain]", "[/data/fw image.bin]"), Files.readAllLines(out));
    }

    @Test
    void the_first_word_is_read_as_the_shell_reads_it() {
        assertEquals(Optional.of("/opt/a b/x"), ShellCommand.firstWord("'/opt/a b/x' -y"));
        assertEquals(Optional.of("/opt/a b/x"), ShellCommand.firstWord("\"/opt/a b/x\""));
        assertEquals(Optional.of("/opt/a b/x"), ShellCommand.firstWord("/opt/a\\ b/x;reboot"));
        assertEquals(Optional.of("systemctl"), ShellCommand.firstWord("  systemctl restart ocpp-bridge"));
        assertEquals(Optional.empty(), ShellCommand.firstWord("$INSTALLER now"));
        assertEquals(Optional.empty(), ShellCommand.firstWord("MODE=fast /usr/sbin/fw-install"));
    }
}
