package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 8: the data directory is the bridge user's alone, and a looser one is reported at start. */
class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void a_new_data_directory_is_created_0700() throws Exception {
        Path data = dir.resolve("new/data");
        assertEquals(List.of(), DataDirectory.prepare(data));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void an_open_directory_and_a_readable_file_are_each_one_warning_with_the_fix() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path firmware = Files.createDirectory(data.resolve("firmware"));
        Path state = Files.writeString(firmware.resolve("firmware-update.properties"), "location=ftp://u:p@h/x\n");
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rw-r--r--"));

        List<String> warnings = DataDirectory.prepare(data);

        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("rwxr-xr-x") && warnings.get(0).endsWith("chmod 700 it"), warnings.get(0));
        assertTrue(
                warnings.get(1).contains(state.toString()) && warnings.get(1).endsWith("chmod 600 it"),
                warnings.get(1));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("u:p")), "never the secret itself");
    }

    @Test
    void a_private_directory_with_private_files_gives_no_warning() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path file = Files.writeString(data.resolve("boot-reason.next"), "PowerUp");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(List.of(), DataDirectory.prepare(data));
    }
}
