package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

/**
 * The firmware trust anchors are the configured file and the ManufacturerRootCertificates the CSMS installed (M05),
 * asked for at every request: "no trust anchor" means neither, and an installed or deleted root counts at once.
 */
class InstalledRootsTest extends FirmwareFixtureTest {

    private final List<X509Certificate> installed = new CopyOnWriteArrayList<>();

    private FirmwareRequestCheck check(Path configured) {
        return new FirmwareRequestCheck(
                new SigningCertificateCheck(
                        configured,
                        () -> installed,
                        new RevocationCheck(null, Duration.ofSeconds(5)),
                        Clock.systemUTC()),
                false);
    }

    @Test
    void TC_L_18_without_a_configured_or_installed_root_signed_firmware_is_Rejected_NotEnabled() throws Exception {
        FirmwareRequestCheck.Result result = check(null).decide(f.signed(1, f.imageUrl, f.rsa));
        assertEquals(UpdateFirmwareResponse.Rejected, result.refusal());
        // Appendix 5's MissingDeviceModelInfo does not fit StatusInfoType.reasonCode (20 characters).
        assertEquals("NotEnabled", result.reasonCode());
    }

    @Test
    void M05_an_installed_ManufacturerRootCertificate_is_a_trust_anchor_until_it_is_deleted() throws Exception {
        FirmwareRequestCheck check = check(null);
        installed.add(f.pki.root());
        FirmwareRequestCheck.Result trusted = check.decide(f.signed(2, f.imageUrl, f.rsa));
        assertTrue(trusted.accepted(), trusted.reason());
        assertNotNull(trusted.signature(), "the image's signature is checked after the download");

        installed.clear();
        assertEquals(
                UpdateFirmwareResponse.Rejected,
                check.decide(f.signed(3, f.imageUrl, f.rsa)).refusal());
    }

    @Test
    void M05_installed_roots_count_beside_the_configured_file() throws Exception {
        Path otherRoot = org.ocppbridge.simulator.pki.Pem.write(
                dir.resolve("other.pem"),
                org.ocppbridge.simulator.pki.TestPki.create("Other Maker").rootPem());
        FirmwareRequestCheck check = check(otherRoot);
        assertEquals(
                UpdateFirmwareResponse.InvalidCertificate,
                check.decide(f.signed(4, f.imageUrl, f.rsa)).refusal(),
                "the configured root alone does not trust it");
        installed.add(f.pki.root());
        assertTrue(check.decide(f.signed(5, f.imageUrl, f.rsa)).accepted());
        installed.clear();
        assertEquals(
                UpdateFirmwareResponse.InvalidCertificate,
                check.decide(f.signed(6, f.imageUrl, f.rsa)).refusal(), // L01.FR.02
                "deleted: the configured root still exists, the certificate no longer chains to it");
    }
}
