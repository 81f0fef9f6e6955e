package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.TestPki;

/** Security profiles 2 and 3 against a real TLS WebSocket server, with certificates made in the test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // RSA keys are slow to make: two for the whole class
class JavaWebSocketConnectorTlsTest {

    private static final String PASSWORD = "s3cret-Password.0123";

    @TempDir
    Path dir;

    private ScheduledExecutorService core;
    private OcppTestServer csms;
    private TestPki.Issued csmsCa;
    private TestPki.Issued stationCa;
    private Path csmsCaPem;

    private KeyPair rsa1;
    private KeyPair rsa2;

    @BeforeAll
    void rsaKeys() throws Exception {
        rsa1 = TestPki.rsa();
        rsa2 = TestPki.rsa();
    }

    @BeforeEach
    void pki() throws Exception {
        core = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ocpp-core-test"));
        csmsCa = TestPki.ca("Test CSMS Root");
        stationCa = TestPki.ca("Test Station CA");
        csmsCaPem = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), csmsCa.certificate());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (csms != null) {
            csms.close();
            csms = null;
        }
        core.shutdownNow();
        assertTrue(core.awaitTermination(5, TimeUnit.SECONDS));
        ClientThreads.assertAllEnded();
    }

    private void startCsms(TestPki.Issued serverCertificate, boolean needClientAuth) throws Exception {
        csms = new OcppTestServer()
                .withTls(TestPki.serverContext(serverCertificate, csmsCa, stationCa), needClientAuth)
                .startAndWait();
    }

    private TransportConfig profile2() {
        return TransportConfig.of(URI.create(csms.url("wss")))
                .withBasicAuth("CS001", PASSWORD)
                .withCsmsCa(csmsCaPem);
    }

    private RecordingListener connect(TransportConfig config) throws IOException {
        RecordingListener listener = new RecordingListener();
        new JavaWebSocketConnector(config, core).connect(listener);
        return listener;
    }

    @Test
    void TC_A_04_profile2_connects_to_a_CSMS_signed_by_the_configured_CA() throws Exception {
        startCsms(TestPki.server(csmsCa, rsa1, "127.0.0.1", "localhost"), false);

        RecordingListener listener = connect(profile2());

        listener.awaitOpen();
        var handshake = csms.handshakes.poll(5, TimeUnit.SECONDS);
        assertEquals("ocpp2.0.1", handshake.getFieldValue("Sec-WebSocket-Protocol"));
        assertTrue(handshake.getFieldValue("Authorization").startsWith("Basic "));
        var session = csms.connections.poll(5, TimeUnit.SECONDS).getSSLSession();
        assertTrue(
                session.getProtocol().equals("TLSv1.3") || session.getProtocol().equals("TLSv1.2"),
                session.getProtocol());
    }

    @Test
    void TC_A_05_a_CSMS_certificate_from_another_CA_gives_no_connection() throws Exception {
        TestPki.Issued otherCa = TestPki.ca("Somebody Else");
        csms = new OcppTestServer()
                .withTls(
                        TestPki.serverContext(TestPki.server(otherCa, TestPki.ec(), "127.0.0.1"), otherCa, stationCa),
                        false)
                .startAndWait();

        RecordingListener listener = connect(profile2());

        TransportException failure = listener.awaitFailure();
        assertEquals(FailureKind.INVALID_CSMS_CERTIFICATE, failure.kind());
        assertFalse(listener.events.contains("open"));
        assertNull(csms.handshakes.poll(200, TimeUnit.MILLISECONDS), "no upgrade request reached the server");
    }

    @Test
    void TC_A_05_a_CSMS_certificate_for_another_host_name_gives_no_connection() throws Exception {
        startCsms(TestPki.server(csmsCa, TestPki.ec(), "csms.example.com"), false);

        RecordingListener listener = connect(profile2());

        assertEquals(
                FailureKind.INVALID_CSMS_CERTIFICATE, listener.awaitFailure().kind());
        assertFalse(listener.events.contains("open"));
    }

    @Test
    void profile3_connects_with_an_EC_client_certificate_the_CSMS_requires() throws Exception {
        startCsms(TestPki.server(csmsCa, TestPki.ec(), "127.0.0.1"), true);
        TestPki.Issued station = TestPki.client(stationCa, TestPki.ec(), "CS001");
        Path cert =
                TestPki.writeCertificates(dir.resolve("station.pem"), station.certificate(), stationCa.certificate());
        Path key = TestPki.writePkcs8(dir.resolve("station.key"), station.privateKey());

        RecordingListener listener = connect(TransportConfig.of(URI.create(csms.url("wss")))
                .withCsmsCa(csmsCaPem)
                .withClientCertificate(cert, key));

        listener.awaitOpen();
        var peer = (X509Certificate)
                csms.connections.poll(5, TimeUnit.SECONDS).getSSLSession().getPeerCertificates()[0];
        assertEquals(station.certificate(), peer);
        assertEquals("", csms.handshakes.poll(5, TimeUnit.SECONDS).getFieldValue("Authorization"));
    }

    @Test
    void profile3_connects_with_an_RSA_client_certificate() throws Exception {
        startCsms(TestPki.server(csmsCa, rsa1, "127.0.0.1"), true);
        TestPki.Issued station = TestPki.client(stationCa, rsa2, "CS001");
        Path cert = TestPki.writeCertificates(dir.resolve("station.pem"), station.certificate());
        Path key = TestPki.writePkcs8(dir.resolve("station.key"), station.privateKey());

        RecordingListener listener = connect(TransportConfig.of(URI.create(csms.url("wss")))
                .withCsmsCa(csmsCaPem)
                .withClientCertificate(cert, key));

        listener.awaitOpen();
    }

    @Test
    void profile3_without_a_client_certificate_is_refused_by_the_CSMS() throws Exception {
        startCsms(TestPki.server(csmsCa, TestPki.ec(), "127.0.0.1"), true);

        RecordingListener listener = connect(profile2());

        TransportException failure = listener.awaitFailure();
        assertFalse(listener.events.contains("open"), "events " + listener.events);
        assertTrue(
                failure.kind() == FailureKind.TLS_ERROR || failure.kind() == FailureKind.CONNECT_FAILED,
                failure.kind() + ": " + failure.getMessage());
    }

    @Test
    void a_client_key_that_does_not_belong_to_the_certificate_is_refused_at_start_up() throws Exception {
        startCsms(TestPki.server(csmsCa, TestPki.ec(), "127.0.0.1"), true);
        TestPki.Issued station = TestPki.client(stationCa, rsa1, "CS001");
        Path cert = TestPki.writeCertificates(dir.resolve("station.pem"), station.certificate());
        Path otherKey = TestPki.writePkcs8(dir.resolve("other.key"), rsa2.getPrivate());
        TransportConfig config = TransportConfig.of(URI.create(csms.url("wss")))
                .withCsmsCa(csmsCaPem)
                .withClientCertificate(cert, otherKey);

        IOException refused = assertThrows(IOException.class, () -> new JavaWebSocketConnector(config, core));

        assertTrue(refused.getMessage().contains("other.key"), refused.getMessage());
    }
}
