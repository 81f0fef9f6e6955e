package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Issue 16 §2 through the packaged jar (as {@link UrlCredentialsIT} for URL credentials): the passwords the CSMS
 * sets with SetVariables SecurityCtrlr.BasicAuthPassword (one it then uses, one it refuses at the handshake, one
 * that is not a passwordString) never reach the bridge's log files or output (logging at debug), the durable queue,
 * any other file of the data directory but the password file itself, a notification, or the archive GetLog uploads.
 * The Authorization header's base64 form of each is looked for too.
 */
class RotatedPasswordIT {

    private static final String STATION_ID = "CS-ROTATION";
    private static final String FIRST = "first-password-00001";
    /** Accepted and used: the CSMS requires it from then on. */
    private static final String NEXT = "Nx7rotated-Secret-02";
    /** Accepted, then refused by the CSMS at the handshake: the bridge falls back to {@link #NEXT}. */
    private static final String REFUSED = "Rf4refused-Secret-03";
    /** Not a passwordString ('#' is not allowed): Rejected, and nothing changes. */
    private static final String INVALID = "In9invalid#Secret-04";

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    private CsmsSimulator csms;
    private HttpServer logs;
    private final CompletableFuture<byte[]> archive = new CompletableFuture<>();

    @BeforeEach
    void setUp() throws Exception {
        csms = CsmsSimulator.builder().defaultReplies(true).basicAuth(FIRST).start();
        logs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        logs.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                archive.complete(in.readAllBytes());
                exchange.sendResponseHeaders(201, -1);
            }
            exchange.close();
        });
        logs.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "test-http-logs")));
        logs.start();
    }

    @AfterEach
    void tearDown() {
        logs.stop(0);
        csms.close();
    }

    @Test
    void A01_TC_A_09_a_rotated_password_never_reaches_a_log_file_the_queue_the_data_dir_or_a_GetLog_archive()
            throws Exception {
        BridgeStation station = new BridgeStation(csms.url(), STATION_ID, home);
        StationProcess bridge = processes.start(
                List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"), station, "--basic-auth-password", FIRST);
        StationConnection first = Wire.awaitBoot(csms, bridge, "PowerUp");
        List<IncomingCall> seen = new ArrayList<>();
        seen.add(Wire.expectSecurityEvent(first, "StartupOfTheDevice"));

        assertEquals("Rejected", setPassword(first, INVALID));
        csms.requireBasicAuthPassword(NEXT);
        assertEquals("Accepted", setPassword(first, NEXT));
        StationConnection second = Wire.awaitConnection(csms, bridge);
        assertEquals(NEXT, passwordOf(second.handshake().header("Authorization")));
        seen.add(Wire.expectSecurityEvent(second, "ReconfigurationOfSecurityParameters"));

        // The CSMS keeps requiring NEXT: the bridge tries REFUSED once, is answered 401, and falls back.
        assertEquals("Accepted", setPassword(second, REFUSED));
        StationConnection third = Wire.awaitConnection(csms, bridge);
        assertEquals(NEXT, passwordOf(third.handshake().header("Authorization")));
        assertTrue(
                csms.handshakeAttempts().stream()
                        .anyMatch(a -> a.status() == 401 && REFUSED.equals(passwordOf(a.header("Authorization")))),
                "the refused password was tried at a handshake");
        seen.add(Wire.expectSecurityEvent(third, "FailedToAuthenticateAtCsms"));

        third.call(
                "GetLog",
                Wire.getLog(
                        1, URI.create("http://127.0.0.1:" + logs.getAddress().getPort() + "/logs/")),
                Wire.STEP);
        seen.add(Wire.expectStatus(third, "LogStatusNotification", "Uploading", 1));
        seen.add(Wire.expectStatus(third, "LogStatusNotification", "Uploaded", 1));
        Map<String, String> entries = read(archive.get(Wire.STEP.toSeconds(), TimeUnit.SECONDS));
        String ownLog = entries.get("ocpp-bridge.log");
        assertNotNull(ownLog, "the archive holds the bridge's own log: " + entries.keySet());
        assertTrue(ownLog.contains("BasicAuthPassword"), "the log covers the password changes:\n" + ownLog);
        third.assertNoViolations();

        bridge.sigterm();
        assertEquals(0, bridge.awaitExit(Wire.STEP), bridge.output());

        Path passwordFile = station.dataDir().resolve("basic-auth-password");
        assertTrue(Files.readString(passwordFile).startsWith(NEXT), "the stored password is the one in use");
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.equals(passwordFile)) {
                    continue; // the one place the password is meant to be (README: the security plane)
                }
                scanned.add(file);
                assertNoPassword(Files.readAllBytes(file), home.relativize(file).toString());
            }
        }
        assertTrue(
                scanned.contains(station.dataDir().resolve("queue"))
                        || scanned.stream()
                                .anyMatch(p -> p.startsWith(station.dataDir().resolve("queue"))),
                "the durable queue was scanned: " + scanned);
        assertTrue(
                scanned.contains(station.logDir().resolve("ocpp-bridge.log")), "the own log was scanned: " + scanned);
        entries.forEach(
                (name, text) -> assertNoPassword(text.getBytes(StandardCharsets.UTF_8), "archive entry " + name));
        for (IncomingCall call : seen) {
            assertNoPassword(call.payload().toString().getBytes(StandardCharsets.UTF_8), call.action());
        }
    }

    private static String setPassword(StationConnection station, String password) {
        JsonObject request = Wire.json("{\"setVariableData\":[{\"component\":{\"name\":\"SecurityCtrlr\"},"
                + "\"variable\":{\"name\":\"BasicAuthPassword\"},\"attributeValue\":\"" + password + "\"}]}");
        return station.call("SetVariables", request, Wire.STEP)
                .payload()
                .getAsJsonArray("setVariableResult")
                .get(0)
                .getAsJsonObject()
                .get("attributeStatus")
                .getAsString();
    }

    private static String passwordOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return decoded.substring(decoded.indexOf(':') + 1);
    }

    /** Neither the password nor the Authorization header's base64 of it, in clear bytes. */
    private static void assertNoPassword(byte[] content, String where) {
        String text = new String(content, StandardCharsets.ISO_8859_1); // byte for byte: binary files too
        for (String password : List.of(NEXT, REFUSED, INVALID)) {
            String header =
                    Base64.getEncoder().encodeToString((STATION_ID + ":" + password).getBytes(StandardCharsets.UTF_8));
            assertFalse(text.contains(password), "the password " + password + " in " + where);
            assertFalse(text.contains(header), "the Authorization header of " + password + " in " + where);
        }
    }

    private static Map<String, String> read(byte[] tarGz) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tarGz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
