package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.PemFiles;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SwitchableServerTls;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * A03 on mutual-TLS sockets: a station whose client certificate is near its end (a certificate made here that
 * lived 10 days and has one left: under {@code RenewBeforeExpiry}'s fifth of its lifetime) asks for a new one on
 * its own once its boot is Accepted, and the signed one is put to use like a triggered renewal's.
 */
class RenewalBeforeExpiryWireTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private BridgeFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void A03_a_client_certificate_near_its_end_is_renewed_without_a_trigger_and_the_new_one_connects()
            throws Exception {
        TestPki.Issued ca = TestPki.ca("Station Issuing CA");
        TestPki.Issued server = TestPki.server(ca, TestPki.ec(), "127.0.0.1", "localhost");
        Instant now = Instant.now();
        TestPki.Issued expiring = TestPki.client(
                ca,
                TestPki.ec(),
                BridgeFixture.STATION_ID,
                now.minus(Duration.ofDays(9)),
                now.plus(Duration.ofDays(1)));
        SwitchableServerTls tls = new SwitchableServerTls(
                server.privateKey(), new X509Certificate[] {server.certificate(), ca.certificate()}, ca.certificate());
        Path csmsCa = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), ca.certificate());
        Path cert = TestPki.writeCertificates(dir.resolve("client.pem"), expiring.certificate());
        Path key = TestPki.writePkcs8(dir.resolve("client.key"), expiring.privateKey());
        javax.net.ssl.SSLContext context = tls.context();
        fixture = BridgeFixture.start(dir.resolve("bridge"), sim -> sim.mutualTls(context), cfg -> cfg.csmsCa(csmsCa)
                .clientCert(cert)
                .clientKey(key));

        StationConnection first = fixture.station();
        assertEquals(expiring.certificate(), tls.awaitClientCheck(STEP).client());
        first.expectCall("BootNotification");
        List<IncomingCall> calls = List.of(first.nextCall(STEP), first.nextCall(STEP));
        IncomingCall sign = calls.stream()
                .filter(call -> call.action().equals("SignCertificate"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SignCertificate without a trigger: " + calls));
        assertTrue(calls.stream().anyMatch(call -> call.action().equals("SecurityEventNotification")), "startup");
        assertEquals(
                "ChargingStationCertificate",
                sign.payload().get("certificateType").getAsString());
        JsonObject accepted = new JsonObject();
        accepted.addProperty("status", "Accepted");
        sign.reply(accepted);

        // The operator's CA signs it; its root is installed as a CSMS root and trusted by the TLS side.
        CertificateAuthority operator = CertificateAuthority.create("Operator Renewal CA");
        JsonObject install = new JsonObject();
        install.addProperty("certificateType", "CSMSRootCertificate");
        install.addProperty("certificate", operator.rootPem());
        assertEquals("Accepted", status(first.call("InstallCertificate", install, STEP)));
        assertEquals(
                "ReconfigurationOfSecurityParameters",
                first.expectCall("SecurityEventNotification", STEP)
                        .payload()
                        .get("type")
                        .getAsString());
        tls.trustClients(ca.certificate(), operator.root());
        String chain = operator.signCsr(sign.payload().get("csr").getAsString());
        JsonObject signed = new JsonObject();
        signed.addProperty("certificateChain", chain);
        signed.addProperty("certificateType", "ChargingStationCertificate");
        tls.forget();
        assertEquals("Accepted", status(first.call("CertificateSigned", signed, STEP)));

        assertEquals(1000, first.awaitClose(STEP).code());
        SwitchableServerTls.Handshake renewed = tls.awaitClientCheck(STEP);
        assertEquals(PemFiles.parseOnlyCertificates(chain, "chain").get(0), renewed.client());
        assertTrue(renewed.clientTrusted());
        StationConnection second = fixture.station();
        assertEquals(
                "ReconfigurationOfSecurityParameters",
                second.expectCall("SecurityEventNotification", STEP)
                        .payload()
                        .get("type")
                        .getAsString());
        Barrier.roundTrip(second);
        first.assertNoViolations();
        second.assertNoViolations();
    }

    private static String status(CallOutcome outcome) {
        assertTrue(outcome instanceof CallOutcome.Result, String.valueOf(outcome));
        return outcome.payload().get("status").getAsString();
    }
}
