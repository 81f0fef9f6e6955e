package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.BootedStation;
import org.ocppbridge.bridge.testing.FakeChargerSystem;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.CertificateHashData;
import org.ocppbridge.simulator.pki.Pem;

/**
 * InstallCertificate, GetInstalledCertificateIds and DeleteCertificate (M03–M05) on the wire: real certificates
 * made in the test, hash data computed by the simulator, the store on disk, and the security event of each change.
 */
class CertificatesWireTest {

    @TempDir
    Path dir;

    private BootedStation station;
    private StationConnection csms;

    @BeforeEach
    void boot() throws Exception {
        station = BootedStation.start(new FakeChargerSystem(), dir);
        csms = station.csms();
    }

    @AfterEach
    void stop() throws Exception {
        station.close();
    }

    private JsonObject call(String action, JsonObject payload) {
        CallOutcome outcome = csms.call(action, payload, Duration.ofSeconds(10));
        assertTrue(outcome instanceof CallOutcome.Result, action + ": " + outcome);
        return outcome.payload();
    }

    private JsonObject install(String type, X509Certificate certificate) {
        JsonObject request = new JsonObject();
        request.addProperty("certificateType", type);
        request.addProperty("certificate", Pem.of(certificate));
        return call("InstallCertificate", request);
    }

    private JsonObject list(String... types) {
        JsonObject request = new JsonObject();
        if (types.length > 0) {
            JsonArray array = new JsonArray();
            for (String type : types) {
                array.add(type);
            }
            request.add("certificateType", array);
        }
        return call("GetInstalledCertificateIds", request);
    }

    private void expectEvent(String type) {
        IncomingCall event = csms.expectCall("SecurityEventNotification");
        assertEquals(type, event.payload().get("type").getAsString());
    }

    @Test
    void M05_M03_an_installed_root_is_listed_with_its_hash_data_and_kept_on_disk() throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("Wire CSMS Root");

        assertEquals(
                "Accepted", install("CSMSRootCertificate", root).get("status").getAsString());
        expectEvent("ReconfigurationOfSecurityParameters");

        JsonObject listed = list("CSMSRootCertificate");
        assertEquals("Accepted", listed.get("status").getAsString());
        JsonObject entry =
                listed.getAsJsonArray("certificateHashDataChain").get(0).getAsJsonObject();
        assertEquals("CSMSRootCertificate", entry.get("certificateType").getAsString());
        assertTrue(CertificateHashData.same(
                CertificateHashData.ofRoot(root), entry.getAsJsonObject("certificateHashData")));
        try (var files = Files.list(dir.resolve("certificates"))) {
            assertEquals(2, files.count()); // the index and the PEM file
        }
        assertEquals(
                "NotFound", list("ManufacturerRootCertificate").get("status").getAsString());
    }

    @Test
    void M05FR07_an_expired_root_and_a_V2G_root_are_Rejected_with_a_reason_and_nothing_is_stored() throws Exception {
        JsonObject expired = install("CSMSRootCertificate", CertificateAuthority.expiredRoot("Old"));
        assertEquals("Rejected", expired.get("status").getAsString());
        assertEquals(
                "InvalidCertificate",
                expired.getAsJsonObject("statusInfo").get("reasonCode").getAsString());
        JsonObject v2g = install("V2GRootCertificate", CertificateAuthority.freshRoot("V2G"));
        assertEquals("Rejected", v2g.get("status").getAsString());
        assertEquals(
                "UnsupportedRequest",
                v2g.getAsJsonObject("statusInfo").get("reasonCode").getAsString());

        JsonObject none = list();
        assertEquals("NotFound", none.get("status").getAsString());
        assertFalse(none.has("certificateHashDataChain"));
    }

    @Test
    void M04_a_root_is_deleted_by_the_hash_data_the_station_listed_and_an_unknown_one_is_NotFound() throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("To delete");
        install("ManufacturerRootCertificate", root);
        expectEvent("ReconfigurationOfSecurityParameters");
        JsonObject hash = list().getAsJsonArray("certificateHashDataChain")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("certificateHashData");

        JsonObject delete = new JsonObject();
        delete.add("certificateHashData", hash);
        assertEquals("Accepted", call("DeleteCertificate", delete).get("status").getAsString());
        expectEvent("ReconfigurationOfSecurityParameters");
        assertEquals("NotFound", call("DeleteCertificate", delete).get("status").getAsString()); // M04.FR.04
        assertEquals(
                "NotFound", list("ManufacturerRootCertificate").get("status").getAsString());
    }
}
