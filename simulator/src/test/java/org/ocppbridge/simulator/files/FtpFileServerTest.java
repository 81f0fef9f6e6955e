package org.ocppbridge.simulator.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtpFileServerTest {

    @TempDir
    Path root;

    @Test
    void serves_files_and_accepts_uploads_in_passive_mode() throws Exception {
        byte[] firmware = new byte[100_000];
        for (int i = 0; i < firmware.length; i++) {
            firmware[i] = (byte) (i * 31);
        }
        Files.write(root.resolve("fw.bin"), firmware);
        try (FtpFileServer server = FtpFileServer.start(root, "station", "s3cret")) {
            assertNotEquals(0, server.port());
            FTPClient client = login(server, "s3cret");
            try {
                ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
                assertTrue(client.retrieveFile("/fw.bin", downloaded), client.getReplyString());
                assertArrayEquals(firmware, downloaded.toByteArray());

                byte[] log = "log line\n".getBytes(StandardCharsets.US_ASCII);
                assertTrue(client.storeFile("/upload.log", new ByteArrayInputStream(log)), client.getReplyString());
                assertArrayEquals(log, Files.readAllBytes(root.resolve("upload.log")));
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void refuses_a_wrong_password() throws Exception {
        try (FtpFileServer server = FtpFileServer.start(root, "station", "s3cret")) {
            FTPClient client = new FTPClient();
            client.connect("127.0.0.1", server.port());
            try {
                assertFalse(client.login("station", "wrong"));
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void uri_names_user_password_and_the_real_port() throws Exception {
        try (FtpFileServer server = FtpFileServer.start(root, "u", "p")) {
            assertTrue(server.uri("/a/b.bin").toString().equals("ftp://u:p@127.0.0.1:" + server.port() + "/a/b.bin"));
        }
    }

    private static FTPClient login(FtpFileServer server, String password) throws IOException {
        FTPClient client = new FTPClient();
        client.setConnectTimeout(5_000);
        client.setDefaultTimeout(5_000);
        client.connect("127.0.0.1", server.port());
        assertTrue(client.login("station", password), client.getReplyString());
        client.enterLocalPassiveMode();
        client.setFileType(FTP.BINARY_FILE_TYPE);
        return client;
    }
}
