package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.FtpsTestServer;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.bridge.transfer.UploadMethod;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;

/**
 * Issue 14 point 5, the upload direction: GetLog to an {@code ftps://} location through the log service, to a real
 * FTPS server (implicit TLS) trusted by the https rule ({@code --csms-ca}); refused by one it does not trust.
 */
class LogUploadOverFtpsTest {

    @TempDir
    Path tmp;

    private TestPki.Issued ca;
    private Path root;
    private FtpsTestServer ftps;
    private final StatusRecorder statuses = new StatusRecorder();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "test-log-timer"));
    private SecurityEventLog securityLog;
    private LocalLogService service;

    @BeforeEach
    void setUp() throws Exception {
        ca = TestPki.ca("Log Server Root");
        root = Files.createDirectories(tmp.resolve("ftps"));
        Files.createDirectories(root.resolve("in"));
        ftps = FtpsTestServer.start(root, "logs", "s3cret", TestPki.server(ca, TestPki.ec(), "127.0.0.1"), ca);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (service != null) {
            service.close();
            securityLog.close();
        }
        ftps.close();
        timer.shutdownNow();
    }

    @Test
    void TC_N_25_over_ftps_ends_in_Uploaded_with_the_archive_on_the_server() throws Exception {
        Path caPem = TestPki.writeCertificates(tmp.resolve("csms-ca.pem"), ca.certificate());

        UploadLogsResponse response = uploadThroughService(caPem, 71);

        assertEquals(UploadLogsStatus.Accepted, response.uploadLogsStatus());
        statuses.expect(LogStatusEnum.Uploading, 71);
        statuses.expect(LogStatusEnum.Uploaded, 71);
        assertEquals(
                1,
                Archives.read(root.resolve("in").resolve(response.fileName())).size());
    }

    @Test
    void an_ftps_server_the_bridge_does_not_trust_ends_in_UploadFailure() throws Exception {
        UploadLogsResponse response = uploadThroughService(null, 72);

        statuses.expect(LogStatusEnum.Uploading, 72);
        statuses.expect(LogStatusEnum.UploadFailure, 72);
        assertFalse(Files.exists(root.resolve("in").resolve(response.fileName())));
    }

    private UploadLogsResponse uploadThroughService(Path csmsCaPem, int requestId) throws Exception {
        Path dataDir = tmp.resolve("data-" + requestId);
        LogUploadSettings settings = new LogUploadSettings(
                "CS-FTPS",
                null,
                dataDir,
                UploadMethod.PUT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                1,
                0,
                csmsCaPem);
        securityLog = SecurityEventLog.open(dataDir);
        service = new LocalLogService(settings, securityLog, Clock.systemUTC(), timer, statuses);
        securityLog.append(Instant.now(), "StartupOfTheDevice", "up");
        return Requests.upload(
                service,
                new UploadLogsRequest(1, 0, null, null, ftps.uri("/in/").toString(), "SecurityLog", requestId));
    }
}
