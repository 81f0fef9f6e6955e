package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

/** GetLog through the log service to a real FTP server (the uploads themselves: transfer.FtpUploadTest). */
class LogUploadOverFtpTest {

    @TempDir
    Path tmp;

    private FtpFileServer server;
    private Path root;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(tmp.resolve("ftp-root"));
        Files.createDirectories(root.resolve("in"));
        server = FtpFileServer.start(root, "logs", "s3cret");
    }

    @AfterEach
    void tearDown() {
        server.close();
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

            UploadLogsResponse response = Requests.upload(
                    service,
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
}
