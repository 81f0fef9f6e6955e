package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.TlsTrust;
import org.ocppbridge.bridge.logs.LocalLogService;
import org.ocppbridge.bridge.logs.LogUploadSettings;
import org.ocppbridge.bridge.logs.SecurityEventLog;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.bridge.transfer.FailureStatus;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;
import org.ocppbridge.bridge.transfer.TransferSettings;
import org.ocppbridge.bridge.transfer.TransferUrl;
import org.ocppbridge.bridge.transfer.Transfers;
import org.ocppbridge.bridge.transfer.UploadMethod;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;
import org.ocppbridge.mappings.system.UploadLogsRequest;

/**
 * A log archive PUT over HTTPS (issue 6): uploaded to a server the bridge trusts (the JVM's store or
 * {@code --csms-ca}, as for firmware downloads), refused by one it does not.
 */
class LogUploadOverHttpsTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private TestPki.Issued ca;
    private final CompletableFuture<byte[]> received = new CompletableFuture<>();

    @BeforeEach
    void serve() throws Exception {
        ca = TestPki.ca("Log Server Root");
        TestPki.Issued serverCert = TestPki.server(ca, TestPki.ec(), "127.0.0.1", "localhost");
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestPki.serverContext(serverCert, ca, ca)));
        server.createContext("/logs/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.complete(in.readAllBytes());
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-https")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI location() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/logs/");
    }

    private static Transfers transfers(TlsTrust trust) {
        return new Transfers(
                new TransferSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), trust, UploadMethod.PUT));
    }

    @Test
    void an_archive_is_PUT_over_TLS_to_a_server_that_chains_to_a_trusted_CA() throws Exception {
        Path archive = Files.write(dir.resolve("logs.tar.gz"), new byte[] {1, 2, 3, 4, 5});
        // The injection point of the trust rule: an anchor added beside the JVM's store.
        TlsTrust trust = TlsTrust.jvm().alsoTrusting(() -> java.util.List.of(ca.certificate()));

        transfers(trust)
                .upload(archive, "logs.tar.gz", TransferUrl.parse(location().toString()), new TransferCancel());

        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, received.get(5, TimeUnit.SECONDS));
    }

    @Test
    void a_server_the_bridge_does_not_trust_fails_the_upload() throws Exception {
        Path archive = Files.write(dir.resolve("logs.tar.gz"), new byte[] {1, 2, 3});
        TransferException failure = assertThrows(TransferException.class, () -> transfers(TlsTrust.jvm())
                .upload(archive, "logs.tar.gz", TransferUrl.parse(location().toString()), new TransferCancel()));
        assertEquals(LogStatusEnum.UploadFailure, FailureStatus.ofUpload(failure));
    }

    @Test
    void the_log_service_trusts_the_csms_ca_for_uploads_as_firmware_downloads_do() throws Exception {
        Path caPem = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), ca.certificate());
        assertEquals(LogStatusEnum.Uploaded, uploadThroughService(caPem));
        assertTrue(received.get(5, TimeUnit.SECONDS).length > 0, "the archive arrived");
    }

    @Test
    void without_the_csms_ca_the_log_service_refuses_the_same_server() throws Exception {
        assertEquals(LogStatusEnum.UploadFailure, uploadThroughService(null));
        assertFalse(received.isDone());
    }

    /** GetLog through the service the bridge runs, with {@code --csms-ca} set or not; returns the final status. */
    private LogStatusEnum uploadThroughService(Path csmsCaPem) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("charger.log"), "started\n");
        LogUploadSettings defaults = LogUploadSettings.defaults("CS-TLS", logs, dir.resolve("data"));
        LogUploadSettings settings = new LogUploadSettings(
                defaults.stationId(),
                defaults.logDir(),
                defaults.dataDir(),
                defaults.httpMethod(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                1,
                0,
                csmsCaPem);
        BlockingQueue<LogStatus> statuses = new LinkedBlockingQueue<>();
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "test-log-timer"));
        try (SecurityEventLog securityLog = SecurityEventLog.open(settings.dataDir())) {
            LocalLogService service =
                    new LocalLogService(settings, securityLog, Clock.systemUTC(), timer, statuses::add);
            try {
                service.uploadLogs(
                        new UploadLogsRequest(1, 0, null, null, location().toString(), "DiagnosticsLog", 7));
                while (true) {
                    LogStatus status = statuses.poll(10, TimeUnit.SECONDS);
                    if (status == null) {
                        throw new AssertionError("no final log status within 10 s");
                    }
                    if (status.logStatus() != LogStatusEnum.Uploading) {
                        return status.logStatus();
                    }
                }
            } finally {
                service.close();
            }
        } finally {
            timer.shutdownNow();
        }
    }
}
