package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 8: the pending upload's file holds the location (maybe an FTP password): owner-only. */
class PendingUploadStoreTest {

    @TempDir
    Path dir;

    @Test
    void the_pending_upload_is_written_0600_and_read_back() throws Exception {
        PendingUploadStore store = new PendingUploadStore(dir.resolve("log-upload"));
        PendingUpload upload = new PendingUpload(
                3, "ftp://u:secret@logs.example/up/", LogType.DiagnosticsLog, "a.tar.gz", 2, 5, null, null, 1);
        store.save(upload);
        store.save(upload); // again: the temp file is made anew each time
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals(upload, store.load().orElseThrow());
    }
}
