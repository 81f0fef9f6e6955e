package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.bridge.testing.SwitchableServerTls;
import org.ocppbridge.bridge.testing.TestPki;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.Pem;

/**
 * M05 with security profile 2: a CSMSRootCertificate the CSMS installs is a trust anchor of the next connection,
 * beside {@code --csms-ca}; after DeleteCertificate the next connection no longer trusts it. Real wss sockets on
 * 127.0.0.1, certificates made here, host names verified (the server certificates name 127.0.0.1).
 */
class CsmsRootTrustWireTest {

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
    void M05_a_CSMS_certificate_under_an_installed_root_is_trusted_on_the_next_connection_until_the_root_is_deleted()
            throws Exception {
        TestPki.Issued configuredRoot = TestPki.ca("Configured CSMS Root");
        TestPki.Issued newRoot = TestPki.ca("New CSMS Root");
        TestPki.Issued oldServer = TestPki.server(configuredRoot, TestPki.ec(), "127.0.0.1", "localhost");
        TestPki.Issued newServer = TestPki.server(newRoot, TestPki.ec(), "127.0.0.1", "localhost");
        SwitchableServerTls tls = new SwitchableServerTls(
                oldServer.privateKey(), chain(oldServer, configuredRoot), configuredRoot.certificate());
        Path csmsCa = TestPki.writeCertificates(dir.resolve("csms-ca.pem"), configuredRoot.certificate());
        fixture = BridgeFixture.start(dir, sim -> sim.tls(contextOf(tls)), cfg -> cfg.csmsCa(csmsCa));

        StationConnection first = fixture.station();
        assertEquals(oldServer.certificate(), tls.awaitPresented(STEP));
        first.expectCall("BootNotification");
        expectEvent(first, "StartupOfTheDevice");
        JsonObject install = new JsonObject();
        install.addProperty("certificateType", "CSMSRootCertificate");
        install.addProperty("certificate", Pem.of(newRoot.certificate()));
        assertEquals("Accepted", status(first.call("InstallCertificate", install, STEP)));
        expectEvent(first, "ReconfigurationOfSecurityParameters");
        barrier(first);

        // The CSMS moves to a certificate that chains only to the installed root; the next connection takes it.
        tls.present(newServer.privateKey(), chain(newServer, newRoot));
        tls.forget();
        first.drop();
        StationConnection second = fixture.station();
        assertEquals(newServer.certificate(), tls.awaitPresented(STEP));
        assertEquals("Accepted", status(second.call("TriggerMessage", heartbeat(), STEP)));
        second.expectCall("Heartbeat");

        JsonObject list = new JsonObject();
        JsonArray types = new JsonArray();
        types.add("CSMSRootCertificate");
        list.add("certificateType", types);
        CallOutcome listed = second.call("GetInstalledCertificateIds", list, STEP);
        JsonObject hashData = listed.payload()
                .getAsJsonArray("certificateHashDataChain")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("certificateHashData");
        JsonObject delete = new JsonObject();
        delete.add("certificateHashData", hashData);
        assertEquals("Accepted", status(second.call("DeleteCertificate", delete, STEP)));
        expectEvent(second, "ReconfigurationOfSecurityParameters");
        barrier(second);

        // Deleted: the next connection refuses the same CSMS certificate ...
        tls.forget();
        second.drop();
        assertEquals(newServer.certificate(), tls.awaitPresented(STEP));
        // ... and, once the CSMS presents one under the configured root again, reports the refusal (TC_A_05).
        tls.present(oldServer.privateKey(), chain(oldServer, configuredRoot));
        StationConnection third = fixture.station();
        IncomingCall refused = third.expectCall("SecurityEventNotification", STEP);
        assertEquals("InvalidCsmsCertificate", refused.payload().get("type").getAsString());
        barrier(third); // nothing in flight when the bridge closes
        assertEquals(3, fixture.csms.connectionCount(), "the refused handshake never became a connection");
        first.assertNoViolations();
        second.assertNoViolations();
        third.assertNoViolations();
    }

    private static X509Certificate[] chain(TestPki.Issued server, TestPki.Issued root) {
        return new X509Certificate[] {server.certificate(), root.certificate()};
    }

    private static javax.net.ssl.SSLContext contextOf(SwitchableServerTls tls) {
        try {
            return tls.context();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Frames are handled in order: once this is answered, the event before it was acknowledged. */
    private static void barrier(StationConnection csms) {
        Barrier.roundTrip(csms);
    }

    private static JsonObject heartbeat() {
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "Heartbeat");
        return trigger;
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
