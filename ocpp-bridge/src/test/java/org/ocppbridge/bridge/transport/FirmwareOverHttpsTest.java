package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.firmware.FirmwareConfig;
import org.ocppbridge.bridge.firmware.LocalFirmwareUpdater;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;

/**
 * Firmware downloaded over HTTPS (issue 5: the JVM trust store plus {@code --csms-ca}): a server whose certificate
 * chains to the CSMS CA is trusted, one that does not is refused and the update ends DownloadFailed. Lives beside
 * the transport tests for their certificate helper.
 */
class FirmwareOverHttpsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private HttpsServer server;
    private ScheduledExecutorService timer;
    private LocalFirmwareUpdater updater;
    private final BlockingQueue<FirmwareUpdateStatus> statuses = new LinkedBlockingQueue<>();
    private Path caPem;
    private Path image;
    private FirmwareSigner signer;
    private Path trustAnchor;

    @BeforeEach
    void serve() throws Exception {
        TestPki.Issued ca = TestPki.ca("CSMS Root");
        TestPki.Issued serverCert = TestPki.server(ca, TestPki.ec(), "127.0.0.1", "localhost");
        caPem = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), ca.certificate());

        var firmwarePki = org.ocppbridge.simulator.pki.TestPki.create("Firmware Root");
        signer = firmwarePki.issueSigner(KeyType.EC);
        trustAnchor = Files.writeString(dir.resolve("firmware-root.pem"), firmwarePki.rootPem());
        image = dir.resolve("fw.bin");
        byte[] bytes = new byte[300_000];
        new SecureRandom().nextBytes(bytes);
        Files.write(image, bytes);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestPki.serverContext(serverCert, ca, ca)));
        server.createContext("/fw.bin", exchange -> {
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-https")));
        server.start();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "test-firmware-timer"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (updater != null) {
            updater.close();
        }
        server.stop(0);
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private FirmwareUpdateRequest request(int requestId) throws Exception {
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/fw.bin";
        return new FirmwareUpdateRequest(
                1,
                0,
                requestId,
                url,
                Instant.now().minusSeconds(60),
                null,
                signer.certificatePem(),
                signer.signBase64(image));
    }

    private FirmwareUpdateStatusEnum next() throws InterruptedException {
        FirmwareUpdateStatus status = statuses.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (status == null) {
            throw new AssertionError("no firmware status within " + WAIT);
        }
        return status.firmwareUpdateStatus();
    }

    @Test
    void a_server_that_chains_to_the_CSMS_CA_is_trusted_and_the_image_verifies() throws Exception {
        updater = new LocalFirmwareUpdater(
                FirmwareConfig.of(dir.resolve("data"), trustAnchor).withCsmsCaPem(caPem),
                Clock.systemUTC(),
                timer,
                reason -> {},
                statuses::add);
        assertEquals(
                UpdateFirmwareResponse.Accepted,
                updater.updateFirmware(request(31))
                        .toCompletableFuture()
                        .get(30, java.util.concurrent.TimeUnit.SECONDS)
                        .answer());
        assertEquals(
                List.of(
                        FirmwareUpdateStatusEnum.Downloading,
                        FirmwareUpdateStatusEnum.Downloaded,
                        FirmwareUpdateStatusEnum.SignatureVerified),
                List.of(next(), next(), next()));
    }

    @Test
    void a_server_the_bridge_does_not_trust_ends_in_DownloadFailed() throws Exception {
        updater = new LocalFirmwareUpdater(
                FirmwareConfig.of(dir.resolve("data"), trustAnchor),
                Clock.systemUTC(),
                timer,
                reason -> {},
                statuses::add);
        assertEquals(
                UpdateFirmwareResponse.Accepted,
                updater.updateFirmware(request(32))
                        .toCompletableFuture()
                        .get(30, java.util.concurrent.TimeUnit.SECONDS)
                        .answer());
        assertEquals(
                List.of(FirmwareUpdateStatusEnum.Downloading, FirmwareUpdateStatusEnum.DownloadFailed),
                List.of(next(), next()));
    }
}
