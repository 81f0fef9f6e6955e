package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

/** Issue 15, point 8: the firmware state file is owner-only and keeps a URL's password only while it is needed. */
class FirmwareStateStoreTest {

    private static final String WITH_PASSWORD = "ftp://fwuser:s3cret@files.example:2121/images/fw.bin?v=2";

    @TempDir
    Path dir;

    private FirmwareState state(FirmwareUpdateStatusEnum status) {
        return new FirmwareState(
                new FirmwareUpdateRequest(null, null, 7, WITH_PASSWORD, null, null, null, null), status, 1);
    }

    @Test
    void the_file_is_created_0600_and_keeps_the_password_while_a_resume_may_download_again() throws Exception {
        FirmwareStateStore store = new FirmwareStateStore(dir);
        store.save(state(FirmwareUpdateStatusEnum.Downloading));
        Path file = dir.resolve(FirmwareStateStore.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(WITH_PASSWORD, store.load().orElseThrow().request().location());
    }

    @Test
    void once_no_download_can_follow_the_password_is_gone_from_the_disk() throws Exception {
        FirmwareStateStore store = new FirmwareStateStore(dir);
        store.save(state(FirmwareUpdateStatusEnum.SignatureVerified));
        for (FirmwareUpdateStatusEnum status : new FirmwareUpdateStatusEnum[] {
            FirmwareUpdateStatusEnum.Installing,
            FirmwareUpdateStatusEnum.InstallRebooting,
            FirmwareUpdateStatusEnum.Installed,
            FirmwareUpdateStatusEnum.DownloadFailed
        }) {
            store.save(state(status));
            String text = Files.readString(dir.resolve(FirmwareStateStore.FILE_NAME));
            assertFalse(text.contains("s3cret"), status + ": " + text);
            assertFalse(text.contains("fwuser"), status + ": " + text);
            assertEquals(
                    "ftp://files.example:2121/images/fw.bin?v=2",
                    store.load().orElseThrow().request().location());
        }
        try (var files = Files.list(dir)) {
            assertTrue(
                    files.allMatch(f -> f.getFileName().toString().equals(FirmwareStateStore.FILE_NAME)),
                    "no temp left");
        }
    }
}
