package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * Issue 14 point 4 through the packaged jar: credentials in http URLs are sent as HTTP Basic for the firmware
 * download and the log upload, and never written to a log line (the bridge logs at debug here), a status, or the
 * archive GetLog sends (whose {@code ocpp-bridge.log} holds every line of that run).
 */
class UrlCredentialsIT {

    private static final String FIRMWARE_FSN = "FirmwareStatusNotification";
    private static final String USER = "station";
    private static final String SECRET = "Xq7s3cr3tPw";

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    private CsmsSimulator csms;
    private HttpServer files;
    private final CompletableFuture<byte[]> archive = new CompletableFuture<>();
    private byte[] image;

    @BeforeEach
    void setUp() throws Exception {
        csms = CsmsSimulator.builder().defaultReplies(true).start();
        image = new byte[200_000];
        new Random(9).nextBytes(image);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                } else if (exchange.getRequestMethod().equals("PUT")) {
                    archive.complete(body);
                    exchange.sendResponseHeaders(201, -1);
                } else {
                    exchange.sendResponseHeaders(200, image.length);
                    exchange.getResponseBody().write(image);
                }
            }
            exchange.close();
        });
        files.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-http-files")));
        files.start();
    }

    @AfterEach
    void tearDown() {
        files.stop(0);
        csms.close();
    }

    @Test
    void N01_url_credentials_go_as_http_basic_and_never_into_a_log_line_a_status_or_the_archive() throws Exception {
        TestPki pki = TestPki.create("credentials-it-root");
        Path trustAnchor = Pem.write(home.resolve("root.pem"), pki.rootPem());
        FirmwareSigner signer = pki.issueSigner(KeyType.RSA);
        Path imageFile = Files.write(home.resolve("image.bin"), image);
        String signature = signer.signBase64(imageFile);
        BridgeStation station = new BridgeStation(csms.url(), "CS-CREDENTIALS", home);
        StationProcess bridge = processes.start(
                List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"),
                station,
                "--firmware-trust-anchor",
                trustAnchor.toString());
        StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
        List<IncomingCall> seen = new ArrayList<>();
        seen.add(Wire.expectSecurityEvent(connection, "StartupOfTheDevice"));

        // A wrong password first: the failure is logged, and must not show the password either.
        URI wrong = location("not-" + SECRET, "/fw.bin");
        assertEquals(
                "Accepted",
                Wire.status(connection.call(
                        "UpdateFirmware", Wire.updateFirmware(1, wrong, signer, signature), Wire.STEP)));
        seen.add(Wire.expectStatus(connection, FIRMWARE_FSN, "Downloading", 1));
        seen.add(Wire.expectStatus(connection, FIRMWARE_FSN, "DownloadFailed", 1));

        assertEquals(
                "Accepted",
                Wire.status(connection.call(
                        "UpdateFirmware",
                        Wire.updateFirmware(2, location(SECRET, "/fw.bin"), signer, signature),
                        Wire.STEP)));
        for (String status : List.of("Downloading", "Downloaded", "SignatureVerified", "Installing")) {
            seen.add(Wire.expectStatus(connection, FIRMWARE_FSN, status, 2));
        }
        seen.add(Wire.expectStatus(connection, FIRMWARE_FSN, "InstallRebooting", 2));
        connection.awaitClose(Wire.STEP);
        StationConnection rebooted = Wire.awaitBoot(csms, bridge, "FirmwareUpdate");
        seen.add(rebooted.nextCall(Wire.STEP)); // Installed and the FirmwareUpdated event, in either order
        seen.add(rebooted.nextCall(Wire.STEP));

        rebooted.call("GetLog", Wire.getLog(3, location(SECRET, "/logs/")), Wire.STEP);
        seen.add(Wire.expectStatus(rebooted, "LogStatusNotification", "Uploading", 3));
        seen.add(Wire.expectStatus(rebooted, "LogStatusNotification", "Uploaded", 3));

        Map<String, String> entries = read(archive.get(Wire.STEP.toSeconds(), TimeUnit.SECONDS));
        String ownLog = entries.get("ocpp-bridge.log");
        assertNotNull(ownLog, "the archive holds the bridge's own log: " + entries.keySet());
        assertTrue(ownLog.contains("Firmware 2 downloaded"), "the log covers the downloads");
        entries.forEach((name, text) -> assertFalse(text.contains(SECRET), "the password in archive entry " + name));
        assertFalse(bridge.output().contains(SECRET), "the password in the bridge's output");
        for (IncomingCall call : seen) {
            assertFalse(call.payload().toString().contains(SECRET), "the password in " + call.action());
        }
        rebooted.assertNoViolations();
    }

    private URI location(String password, String path) {
        return URI.create("http://" + USER + ":" + password + "@127.0.0.1:"
                + files.getAddress().getPort() + path);
    }

    private static Map<String, String> read(byte[] tarGz) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new GZIPInputStream(new java.io.ByteArrayInputStream(tarGz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
