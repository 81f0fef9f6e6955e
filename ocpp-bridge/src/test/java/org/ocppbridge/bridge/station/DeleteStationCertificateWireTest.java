package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.testing.Barrier;
import org.ocppbridge.bridge.testing.BootedStation;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.CertificateHashData;

/**
 * M04.FR.06 on the wire (TC_M_23): the station certificate the CSMS just had signed (A02) cannot be deleted with
 * DeleteCertificate: the answer is Failed, the certificate stays, and no security event reports a change.
 */
class DeleteStationCertificateWireTest {

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
        ca = CsmsRootInstall.installCsmsRoot(csms, "M04 CSMS Root", STEP);
    }

    @AfterEach
    void stop() throws Exception {
        station.close();
    }

    @Test
    void M04FR06_TC_M_23_DeleteCertificate_of_the_station_certificate_is_answered_Failed_and_it_stays()
            throws Exception {
        // A02: the CSMS has the station's key signed, as in TC_M_23's RenewChargingStationCertificate state.
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "SignChargingStationCertificate");
        assertEquals(
                "Accepted", status(csms.call("TriggerMessage", trigger, STEP).payload()));
        IncomingCall sign = csms.expectCall("SignCertificate");
        JsonObject accepted = new JsonObject();
        accepted.addProperty("status", "Accepted");
        sign.reply(accepted);
        String chain = ca.signCsr(sign.payload().get("csr").getAsString());
        JsonObject signed = new JsonObject();
        signed.addProperty("certificateChain", chain);
        signed.addProperty("certificateType", "ChargingStationCertificate");
        assertEquals(
                "Accepted", status(csms.call("CertificateSigned", signed, STEP).payload()));

        X509Certificate station = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(chain.getBytes(StandardCharsets.US_ASCII)));
        JsonObject delete = new JsonObject();
        delete.add(
                "certificateHashData",
                CertificateHashData.sha256(station, ca.root().getPublicKey()));
        JsonObject answer = csms.call("DeleteCertificate", delete, STEP).payload();

        assertEquals("Failed", status(answer), "M04.FR.06: " + answer); // not NotFound: it is there
        assertTrue(answer.has("statusInfo"), "the refusal says why: " + answer);
        // Nothing was deleted, so no ReconfigurationOfSecurityParameters follows.
        Barrier.assertNoMoreCalls(csms);
        assertEquals(
                station,
                CertificateStore.open(dir.resolve("certificates"), Clock.systemUTC())
                        .pendingStationCertificate()
                        .orElseThrow()
                        .certificate(),
                "the station certificate is still kept");
    }

    private static String status(JsonObject payload) {
        return payload.get("status").getAsString();
    }
}
