package org.ocppbridge.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.simulator.files.FtpFileServer;

/** Log archive uploads over ftp through the transfer layer, against a real FTP server (Apache FtpServer). */
class FtpUploadTest {

    private static final String NAME = "CS1-DiagnosticsLog-5-20260301T100000Z.tar.gz";

    @TempDir
    Path tmp;

    private FtpFileServer server;
    private Path root;
    private Path archive;
    private byte[] content;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(tmp.resolve("ftp-root"));
        Files.createDirectories(root.resolve("in"));
        server = FtpFileServer.start(root, "logs", "s3cret");
        content = new byte[200_000];
        new Random(2).nextBytes(content);
        archive = Files.write(tmp.resolve("archive.tar.gz"), content);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void N01_ftp_stores_the_whole_archive_under_its_name_in_the_url_directory() throws Exception {
        upload(server.uri("/in/"));

        assertArrayEquals(content, Files.readAllBytes(root.resolve("in").resolve(NAME)));
    }

    @Test
    void N01_ftp_to_a_full_file_path_keeps_that_name() throws Exception {
        upload(server.uri("/in/given.tgz"));

        assertArrayEquals(content, Files.readAllBytes(root.resolve("in").resolve("given.tgz")));
    }

    @Test
    void N01_ftp_login_refused_with_530_is_PermissionDenied() {
        URI wrongPassword = URI.create("ftp://logs:wrong@127.0.0.1:" + server.port() + "/in/");

        TransferException e = assertThrows(TransferException.class, () -> upload(wrongPassword));

        assertEquals(LogStatusEnum.PermissionDenied, FailureStatus.ofUpload(e));
        assertFalse(Files.exists(root.resolve("in").resolve(NAME)));
    }

    @Test
    void N01_ftp_store_into_a_missing_directory_is_UploadFailure() {
        TransferException e = assertThrows(TransferException.class, () -> upload(server.uri("/missing/")));

        assertEquals(LogStatusEnum.UploadFailure, FailureStatus.ofUpload(e));
    }

    private void upload(URI location) throws Exception {
        HttpUploadTest.transfers(UploadMethod.PUT)
                .upload(archive, NAME, TransferUrl.parse(location.toString()), new TransferCancel());
    }
}
