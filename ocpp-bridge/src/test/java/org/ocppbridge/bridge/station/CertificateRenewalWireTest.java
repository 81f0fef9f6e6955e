package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.StoredCertificate;
import org.ocppbridge.bridge.testing.BootedStation;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.Pem;

/**
 * A02/A03 on the wire: TriggerMessage SignChargingStationCertificate, the SignCertificateRequest's CSR signed by
 * a CSMS root the CSMS installed, CertificateSigned Accepted and kept as the pending station certificate; an
 * invalid chain Rejected with InvalidChargingStationCertificate.
 */
class CertificateRenewalWireTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private BootedStation station;
    private StationConnection csms;
    private CertificateAuthority ca;

    @BeforeEach
    void boot() throws Exception {
        station = BootedStation.start(new FakeChargerSystem(), dir);
        csms = station.csms();
        ca = CsmsRootInstall.installCsmsRoot(csms, "Renewal CSMS Root", STEP);
    }

    @AfterEach
    void stop() throws Exception {
        station.close();
    }

    private IncomingCall trigger() {
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "SignChargingStationCertificate");
        assertEquals(
                "Accepted",
                csms.call("TriggerMessage", trigger, STEP)
                        .payload()
                        .get("status")
                        .getAsString());
        IncomingCall sign = csms.expectCall("SignCertificate");
        assertEquals(
                "ChargingStationCertificate",
                sign.payload().get("certificateType").getAsString());
        assertTrue(sign.payload().get("csr").getAsString().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        return sign;
    }

    private static void answer(IncomingCall sign, String status) {
        JsonObject response = new JsonObject();
        response.addProperty("status", status);
        sign.reply(response);
    }

    private CallOutcome certificateSigned(String chain) {
        JsonObject signed = new JsonObject();
        signed.addProperty("certificateChain", chain);
        signed.addProperty("certificateType", "ChargingStationCertificate");
        return csms.call("CertificateSigned", signed, STEP);
    }

    @Test
    void TC_A_11_the_CSR_signed_by_an_installed_CSMS_root_is_Accepted_and_kept_as_the_pending_certificate()
            throws Exception {
        IncomingCall sign = trigger();
        answer(sign, "Accepted");
        String chain = ca.signCsr(sign.payload().get("csr").getAsString());

        assertEquals(
                "Accepted", certificateSigned(chain).payload().get("status").getAsString());

        StoredCertificate pending = CertificateStore.open(dir.resolve("certificates"), java.time.Clock.systemUTC())
                .pendingStationCertificate()
                .orElseThrow();
        assertEquals(
                Pem.of(pending.certificate()).strip(), chain.strip(), "the chain the CSMS sent is kept as it came");
    }

    @Test
    void TC_A_14_a_chain_of_an_unknown_CA_is_Rejected_with_InvalidChargingStationCertificate() throws Exception {
        IncomingCall sign = trigger();
        answer(sign, "Accepted");
        String foreign = CertificateAuthority.create("Stranger")
                .signCsr(sign.payload().get("csr").getAsString());

        JsonObject answer = certificateSigned(foreign).payload();
        assertEquals("Rejected", answer.get("status").getAsString());
        assertEquals(
                "InvalidCertificate",
                answer.getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        IncomingCall event = csms.expectCall("SecurityEventNotification");
        assertEquals(
                "InvalidChargingStationCertificate", event.payload().get("type").getAsString());
    }
}
