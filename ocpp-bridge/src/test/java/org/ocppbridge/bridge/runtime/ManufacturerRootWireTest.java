package org.ocppbridge.bridge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.testing.BridgeFixture;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/**
 * M05 with L01: a ManufacturerRootCertificate the CSMS installs is a firmware trust anchor at once, beside the
 * configured {@code --firmware-trust-anchor} (here another maker's root), and after DeleteCertificate it is not any
 * more. The whole bridge (its local system, the simulated install and its in-process reboot), a real HTTP file
 * server and certificates made here.
 */
class ManufacturerRootWireTest {

    private static final Duration STEP = Duration.ofSeconds(10);
    private static final String FSN = "FirmwareStatusNotification";

    @TempDir
    Path dir;

    private FirmwareFileServer files;
    private BridgeFixture fixture;
    private TestPki manufacturer;
    private FirmwareSigner signer;
    private String signature;
    private URI location;

    @BeforeEach
    void setUp() throws Exception {
        files = FirmwareFileServer.start();
        manufacturer = TestPki.create("Manufacturer Root M05");
        signer = manufacturer.issueSigner(KeyType.EC);
        Path image = dir.resolve("image.bin");
        byte[] bytes = new byte[64 * 1024];
        new Random(5).nextBytes(bytes);
        Files.write(image, bytes);
        signature = signer.signBase64(image);
        location = files.serve("/fw.bin", image);
        Path configured = Pem.write(
                dir.resolve("other-maker.pem"),
                TestPki.create("Other Maker Root").rootPem());
        fixture = BridgeFixture.start(
                dir.resolve("bridge"), sim -> sim, bridge -> bridge.firmwareTrustAnchor(configured));
    }

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
        files.close();
    }

    @Test
    void M05_firmware_under_an_installed_manufacturer_root_installs_and_after_DeleteCertificate_is_InvalidCertificate()
            throws Exception {
        StationConnection csms = fixture.station();
        csms.expectCall("BootNotification");
        expectEvent(csms, "StartupOfTheDevice");

        // L01.FR.02: the configured root alone does not trust this firmware.
        JsonObject untrusted = result(csms.call("UpdateFirmware", updateFirmware(1), STEP));
        assertEquals("InvalidCertificate", untrusted.get("status").getAsString(), untrusted.toString());
        expectEvent(csms, "InvalidFirmwareSigningCertificate");

        JsonObject install = new JsonObject();
        install.addProperty("certificateType", "ManufacturerRootCertificate");
        install.addProperty("certificate", manufacturer.rootPem());
        assertEquals(
                "Accepted",
                result(csms.call("InstallCertificate", install, STEP))
                        .get("status")
                        .getAsString());
        expectEvent(csms, "ReconfigurationOfSecurityParameters");

        JsonObject accepted = result(csms.call("UpdateFirmware", updateFirmware(2), STEP));
        assertEquals("Accepted", accepted.get("status").getAsString(), accepted.toString());
        for (String status :
                List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting")) {
            expectStatus(csms.expectCall(FSN, STEP), status, 2);
        }
        csms.awaitClose(STEP);

        StationConnection rebooted = fixture.station();
        assertEquals(
                "FirmwareUpdate",
                rebooted.expectCall("BootNotification", STEP)
                        .payload()
                        .get("reason")
                        .getAsString());
        List<IncomingCall> afterBoot = List.of(rebooted.nextCall(STEP), rebooted.nextCall(STEP));
        IncomingCall installed = afterBoot.stream()
                .filter(c -> c.action().equals(FSN))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + FSN + " in " + afterBoot));
        expectStatus(installed, "Installed", 2);

        // The root survives the reboot (it is on disk) and is deleted by the hash data the station lists.
        JsonObject list = new JsonObject();
        JsonArray types = new JsonArray();
        types.add("ManufacturerRootCertificate");
        list.add("certificateType", types);
        JsonObject listed = result(rebooted.call("GetInstalledCertificateIds", list, STEP));
        assertEquals("Accepted", listed.get("status").getAsString(), listed.toString());
        JsonObject hashData = listed.getAsJsonArray("certificateHashDataChain")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("certificateHashData");
        JsonObject delete = new JsonObject();
        delete.add("certificateHashData", hashData);
        assertEquals(
                "Accepted",
                result(rebooted.call("DeleteCertificate", delete, STEP))
                        .get("status")
                        .getAsString());
        expectEvent(rebooted, "ReconfigurationOfSecurityParameters");

        // L01.FR.02: the same firmware no longer chains to a trust anchor.
        JsonObject invalid = result(rebooted.call("UpdateFirmware", updateFirmware(3), STEP));
        assertEquals("InvalidCertificate", invalid.get("status").getAsString(), invalid.toString());
        expectEvent(rebooted, "InvalidFirmwareSigningCertificate");
        assertEquals(1, files.requestCount("/fw.bin"), "only the trusted firmware was downloaded");
        csms.assertNoViolations();
        rebooted.assertNoViolations();
    }

    private static JsonObject result(CallOutcome outcome) {
        assertTrue(outcome instanceof CallOutcome.Result, String.valueOf(outcome));
        return outcome.payload();
    }

    private static void expectEvent(StationConnection csms, String type) {
        IncomingCall event = csms.expectCall("SecurityEventNotification", STEP);
        assertEquals(type, event.payload().get("type").getAsString(), event.toString());
    }

    private static void expectStatus(IncomingCall call, String status, int requestId) {
        assertEquals(status, call.payload().get("status").getAsString(), call.toString());
        assertEquals(requestId, call.payload().get("requestId").getAsInt(), call.toString());
    }

    private JsonObject updateFirmware(int requestId) {
        JsonObject firmware = new JsonObject();
        firmware.addProperty("location", location.toString());
        firmware.addProperty(
                "retrieveDateTime",
                Instant.now()
                        .minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        firmware.addProperty("signingCertificate", signer.certificatePem());
        firmware.addProperty("signature", signature);
        JsonObject request = new JsonObject();
        request.addProperty("requestId", requestId);
        request.addProperty("retries", 0);
        request.add("firmware", firmware);
        return request;
    }
}
