package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.PemFiles;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SwitchableServerTls;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.Pem;

/**
 * A02/A03 under security profile 3, on real mutual-TLS sockets: after an Accepted CertificateSigned the bridge
 * reconnects at once and presents the renewed certificate (A02.FR.08); once that connection opened it is the one
 * in use and the previous one is gone (A02.FR.10); a CSMS that refuses it makes the bridge fall back to the
 * previous certificate and say so (A02.FR.28/29). Certificates made here; the CSMS's name is checked.
 */
class StationCertificateSwitchWireTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private CertificateAuthority operator;
    private CertificateAuthority.Issued initial;
    private SwitchableServerTls tls;
    private BridgeFixture fixture;

    @BeforeEach
    void start() throws Exception {
        operator = CertificateAuthority.create("Operator CSMS Root");
        CertificateAuthority.Issued server = operator.issueServer("127.0.0.1", "localhost");
        initial = operator.issueClient(BridgeFixture.STATION_ID, "Test");
        tls = new SwitchableServerTls(
                server.keys().getPrivate(),
                new X509Certificate[] {server.certificate(), operator.root()},
                operator.root());
        Path csmsCa = Pem.write(dir.resolve("csms-ca.pem"), operator.rootPem());
        Path cert = Files.writeString(dir.resolve("client.pem"), initial.certificatePem());
        Path key = Files.writeString(dir.resolve("client.key"), initial.privateKeyPem());
        javax.net.ssl.SSLContext context = tls.context();
        fixture = BridgeFixture.start(dir.resolve("bridge"), sim -> sim.mutualTls(context), cfg -> cfg.csmsCa(csmsCa)
                .clientCert(cert)
                .clientKey(key));
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void TC_A_11_A02FR08_A02FR10_the_renewed_certificate_is_presented_at_once_and_kept_after_it_connected()
            throws Exception {
        StationConnection first = booted();
        String chain = renew(first, operator);

        assertEquals(1000, first.awaitClose(STEP).code(), "A02.FR.08: the bridge reconnects by itself");
        SwitchableServerTls.Handshake renewed = tls.awaitClientCheck(STEP);
        assertEquals(leafOf(chain), renewed.client(), "the next connection presents the renewed certificate");
        assertTrue(renewed.clientTrusted());
        StationConnection second = fixture.station();
        expectEvent(second, "ReconfigurationOfSecurityParameters"); // A02.FR.10: promoted, the previous one gone
        Barrier.roundTrip(second);

        CertificateStore store = CertificateStore.open(fixture.dataDir.resolve("certificates"), Clock.systemUTC());
        assertEquals(leafOf(chain), store.stationCertificate().orElseThrow().certificate());
        assertTrue(store.pendingStationCertificate().isEmpty());

        // It is the certificate in use now: a later connection presents it again.
        tls.forget();
        second.drop();
        assertEquals(leafOf(chain), tls.awaitClientCheck(STEP).client());
        Barrier.roundTrip(fixture.station());
        first.assertNoViolations();
        second.assertNoViolations();
    }

    @Test
    void A02FR28_a_renewed_certificate_the_CSMS_refuses_is_discarded_and_the_previous_one_connects_again()
            throws Exception {
        StationConnection first = booted();
        // The CSMS has the CSR signed by an issuing CA the station trusts (installed) but its TLS side does not.
        CertificateAuthority elsewhere = CertificateAuthority.create("Issuing CA the TLS side does not trust");
        JsonObject install = new JsonObject();
        install.addProperty("certificateType", "CSMSRootCertificate");
        install.addProperty("certificate", elsewhere.rootPem());
        assertEquals("Accepted", status(first.call("InstallCertificate", install, STEP)));
        expectEvent(first, "ReconfigurationOfSecurityParameters");
        Barrier.roundTrip(first);
        String chain = renew(first, elsewhere);

        assertEquals(1000, first.awaitClose(STEP).code());
        SwitchableServerTls.Handshake refused = tls.awaitClientCheck(STEP);
        assertEquals(leafOf(chain), refused.client());
        assertFalse(refused.clientTrusted(), "the CSMS refused the renewed certificate in the TLS handshake");
        SwitchableServerTls.Handshake fallback = tls.awaitClientCheck(STEP);
        assertEquals(initial.certificate(), fallback.client(), "A02.FR.28: back to the previous certificate");
        assertTrue(fallback.clientTrusted());
        StationConnection second = fixture.station();
        IncomingCall event = second.expectCall("SecurityEventNotification", STEP);
        assertEquals("FailedToAuthenticateAtCsms", event.payload().get("type").getAsString());
        Barrier.roundTrip(second);

        CertificateStore store = CertificateStore.open(fixture.dataDir.resolve("certificates"), Clock.systemUTC());
        assertTrue(store.pendingStationCertificate().isEmpty(), "the refused certificate is discarded");
        assertTrue(store.stationCertificate().isEmpty(), "the configured certificate is still the one in use");
        first.assertNoViolations();
        second.assertNoViolations();
    }

    /** Connected with the configured certificate, booted, the startup event acknowledged. */
    private StationConnection booted() throws InterruptedException {
        StationConnection first = fixture.station();
        SwitchableServerTls.Handshake handshake = tls.awaitClientCheck(STEP);
        assertEquals(initial.certificate(), handshake.client());
        first.expectCall("BootNotification");
        expectEvent(first, "StartupOfTheDevice");
        Barrier.roundTrip(first);
        return first;
    }

    /** TriggerMessage, SignCertificate Accepted, the CSR signed by {@code ca}, CertificateSigned Accepted. */
    private String renew(StationConnection csms, CertificateAuthority ca) throws Exception {
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "SignChargingStationCertificate");
        assertEquals("Accepted", status(csms.call("TriggerMessage", trigger, STEP)));
        IncomingCall sign = csms.expectCall("SignCertificate", STEP);
        JsonObject accepted = new JsonObject();
        accepted.addProperty("status", "Accepted");
        sign.reply(accepted);
        String chain = ca.signCsr(sign.payload().get("csr").getAsString());
        JsonObject signed = new JsonObject();
        signed.addProperty("certificateChain", chain);
        signed.addProperty("certificateType", "ChargingStationCertificate");
        tls.forget();
        assertEquals("Accepted", status(csms.call("CertificateSigned", signed, STEP)));
        return chain;
    }

    private static X509Certificate leafOf(String chain) throws Exception {
        List<X509Certificate> certificates = PemFiles.parseOnlyCertificates(chain, "chain");
        return certificates.get(0);
    }

    private static String status(CallOutcome outcome) {
        assertTrue(outcome instanceof CallOutcome.Result, String.valueOf(outcome));
        return outcome.payload().get("status").getAsString();
    }

    private static void expectEvent(StationConnection csms, String type) {
        IncomingCall event = csms.expectCall("SecurityEventNotification", STEP);
        assertEquals(type, event.payload().get("type").getAsString(), event.toString());
    }
}
