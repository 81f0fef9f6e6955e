package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.TestPki;

/**
 * Which client certificate a connection presents (A02/A03): the configured one first, a renewed one once the CSMS
 * signed it; promoted after a connection opened (A02.FR.10), discarded when the CSMS refused it (A02.FR.28), kept
 * after any other failure. The store on disk carries the state across a restart.
 */
class StationCertificatesTest {

    @TempDir
    Path dir;

    private CertificateStore store;
    private X509Certificate configured;
    private X509Certificate renewed;
    private ClientCertificate configuredFiles;

    @BeforeEach
    void setUp() throws Exception {
        store = CertificateStore.open(dir.resolve("certificates"), Clock.systemUTC());
        TestPki.Issued ca = TestPki.ca("Station CA");
        TestPki.Issued first = TestPki.client(ca, TestPki.ec(), BridgeFixture.STATION_ID);
        configured = first.certificate();
        configuredFiles = new ClientCertificate(
                TestPki.writeCertificates(dir.resolve("client.pem"), configured),
                TestPki.writePkcs8(dir.resolve("client.key"), first.privateKey()));
        KeyPair stationKeys = StationKeys.loadOrCreate(store.directory());
        renewed = TestPki.client(ca, stationKeys, BridgeFixture.STATION_ID).certificate();
    }

    private StationCertificates open() throws Exception {
        return StationCertificates.open(store, Optional.of(configuredFiles), Clock.systemUTC());
    }

    private static X509Certificate presented(StationCertificates certificates) {
        return certificates.forNextConnection().orElseThrow().chain().get(0);
    }

    @Test
    void the_configured_certificate_is_presented_until_a_renewed_one_is_pending() throws Exception {
        StationCertificates certificates = open();
        assertEquals(configured, presented(certificates));
        assertFalse(certificates.connected(), "nothing to promote");
        store.stagePendingStationCertificate(List.of(renewed));
        assertEquals(renewed, presented(certificates), "A02.FR.08");
        assertEquals(configured, certificates.currentCertificate().orElseThrow(), "still the one in use");
    }

    @Test
    void A02FR10_a_renewed_certificate_that_connected_is_the_one_in_use_also_after_a_restart() throws Exception {
        StationCertificates certificates = open();
        store.stagePendingStationCertificate(List.of(renewed));
        presented(certificates);
        assertTrue(certificates.connected());
        assertEquals(renewed, certificates.currentCertificate().orElseThrow());
        assertFalse(certificates.renewalPending());

        store = CertificateStore.open(dir.resolve("certificates"), Clock.systemUTC());
        assertEquals(renewed, presented(open()), "--client-cert is only the first certificate");
    }

    @Test
    void A02FR28_a_refused_renewed_certificate_is_discarded_and_the_previous_one_presented_again() throws Exception {
        StationCertificates certificates = open();
        store.stagePendingStationCertificate(List.of(renewed));
        presented(certificates);
        assertTrue(certificates.refused());
        assertTrue(store.pendingStationCertificate().isEmpty());
        assertEquals(configured, presented(certificates));
        assertFalse(certificates.refused(), "refusing the configured certificate has nothing to fall back to");
    }

    @Test
    void a_failure_that_says_nothing_about_the_certificate_keeps_the_renewed_one_for_the_next_attempt()
            throws Exception {
        StationCertificates certificates = open();
        store.stagePendingStationCertificate(List.of(renewed));
        presented(certificates); // this attempt failed for another reason: neither connected() nor refused()
        assertEquals(renewed, presented(certificates));
        assertTrue(certificates.renewalPending());
    }
}
