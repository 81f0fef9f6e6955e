package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.simulator.StationConnection;

/** The whole bridge booting over security profiles 1–3 against the simulator, with certificates made here. */
class SecurityProfilesBootTest {

    private static final String PASSWORD = "0123456789abcdef0123";

    private static TestPki.Issued ca;
    private static TestPki.Issued otherCa;
    private static TestPki.Issued server;
    private static TestPki.Issued client;

    @TempDir
    Path dir;

    private BridgeFixture fixture;

    @BeforeAll
    static void pki() throws Exception {
        KeyPair keys = TestPki.ec();
        ca = TestPki.ca("CSMS Root");
        otherCa = TestPki.ca("Some Other Root");
        server = TestPki.server(ca, keys, "127.0.0.1", "localhost");
        client = TestPki.client(ca, TestPki.ec(), BridgeFixture.STATION_ID);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static SSLContext serverContext(TestPki.Issued clientCa) throws Exception {
        return TestPki.serverContext(server, ca, clientCa);
    }

    @Test
    void profile_1_sends_Basic_auth_with_the_station_id_and_boots() throws Exception {
        fixture = BridgeFixture.start(dir, sim -> sim.basicAuth(PASSWORD), cfg -> cfg.basicAuthPassword(PASSWORD));
        StationConnection csms = fixture.station();
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((BridgeFixture.STATION_ID + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, csms.handshake().header("Authorization"));
        csms.expectCall("BootNotification");
    }

    @Test
    void profile_2_with_the_right_CA_boots() throws Exception {
        Path caPem = TestPki.writeCertificates(dir.resolve("ca.pem"), ca.certificate());
        fixture = BridgeFixture.start(
                dir, sim -> sim.tls(serverContextUnchecked(ca)).basicAuth(PASSWORD), cfg -> cfg.csmsCa(caPem)
                        .basicAuthPassword(PASSWORD));
        fixture.station().expectCall("BootNotification");
    }

    @Test
    void profile_2_with_a_wrong_CA_never_connects() throws Exception {
        Path wrongPem = TestPki.writeCertificates(dir.resolve("other.pem"), otherCa.certificate());
        fixture = BridgeFixture.start(dir, sim -> sim.tls(serverContextUnchecked(ca)), cfg -> cfg.csmsCa(wrongPem));
        assertThrows(AssertionError.class, () -> fixture.csms.awaitStation(Duration.ofSeconds(3)));
        // The refused certificate is a security event (critical: queued for the CSMS, and in the security log),
        // raised once however often the bridge retries.
        String log = java.nio.file.Files.readString(fixture.dataDir.resolve("security-events.log"));
        assertEquals(
                1,
                log.lines()
                        .filter(line -> line.contains("InvalidCsmsCertificate"))
                        .count(),
                log);
    }

    @Test
    void profile_3_with_a_client_certificate_boots() throws Exception {
        Path caPem = TestPki.writeCertificates(dir.resolve("ca.pem"), ca.certificate());
        Path certPem = TestPki.writeCertificates(dir.resolve("client.pem"), client.certificate());
        Path keyPem = TestPki.writePkcs8(dir.resolve("client.key"), client.privateKey());
        fixture = BridgeFixture.start(dir, sim -> sim.mutualTls(serverContextUnchecked(ca)), cfg -> cfg.csmsCa(caPem)
                .clientCert(certPem)
                .clientKey(keyPem));
        fixture.station().expectCall("BootNotification");
    }

    private static SSLContext serverContextUnchecked(TestPki.Issued clientCa) {
        try {
            return serverContext(clientCa);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
