package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;
import org.ocppbridge.simulator.files.FtpFileServer;

class FtpLogUploaderTest {

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
        uploader().upload(archive, NAME, server.uri("/in/"), new UploadAbort());

        assertArrayEquals(content, Files.readAllBytes(root.resolve("in").resolve(NAME)));
    }

    @Test
    void N01_ftp_to_a_full_file_path_keeps_that_name() throws Exception {
        uploader().upload(archive, NAME, server.uri("/in/given.tgz"), new UploadAbort());

        assertArrayEquals(content, Files.readAllBytes(root.resolve("in").resolve("given.tgz")));
    }

    @Test
    void N01_ftp_login_refused_with_530_is_PermissionDenied() {
        URI wrongPassword = URI.create("ftp://logs:wrong@127.0.0.1:" + server.port() + "/in/");

        LogUploadException e = assertThrows(
                LogUploadException.class, () -> uploader().upload(archive, NAME, wrongPassword, new UploadAbort()));

        assertEquals(LogStatusEnum.PermissionDenied, e.status());
        assertFalse(Files.exists(root.resolve("in").resolve(NAME)));
    }

    @Test
    void N01_ftp_store_into_a_missing_directory_is_UploadFailure() {
        LogUploadException e = assertThrows(LogUploadException.class, () -> uploader()
                .upload(archive, NAME, server.uri("/missing/"), new UploadAbort()));

        assertEquals(LogStatusEnum.UploadFailure, e.status());
    }

    @Test
    void TC_N_25_over_ftp_ends_in_Uploaded_with_the_archive_on_the_server() throws Exception {
        Path dataDir = tmp.resolve("data");
        LogUploadSettings settings = LogUploadSettings.defaults("CS-9", tmp.resolve("logs"), dataDir);
        StatusRecorder statuses = new StatusRecorder();
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ocpp-test-timer"));
        try (SecurityEventLog securityLog = SecurityEventLog.open(dataDir);
                LocalLogService service =
                        new LocalLogService(settings, securityLog, Clock.systemUTC(), timer, statuses)) {
            securityLog.append(java.time.Instant.now(), "StartupOfTheDevice", "up");

            UploadLogsResponse response = service.uploadLogs(
                    new UploadLogsRequest(1, 0, null, null, server.uri("/in/").toString(), "SecurityLog", 61));

            assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());
            statuses.expect(LogStatusEnum.Uploading, 61);
            statuses.expect(LogStatusEnum.Uploaded, 61);
            Path stored = root.resolve("in").resolve(response.fileName());
            assertEquals(1, Archives.read(stored).size());
        } finally {
            timer.shutdownNow();
        }
    }

    private static FtpLogUploader uploader() {
        return new FtpLogUploader(Duration.ofSeconds(5), Duration.ofSeconds(5), null);
    }
}
