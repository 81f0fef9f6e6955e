package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installing;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.pki.FirmwareSigner;
import org.ocppbridge.simulator.pki.KeyType;
import org.ocppbridge.simulator.pki.Pem;
import org.ocppbridge.simulator.pki.TestPki;

/** The answers decided before any download (L01.FR.02/22, TC_L_05, TC_L_18), and revocation. */
class SigningCertificateCheckTest extends FirmwareFixtureTest {

    @Test
    void TC_L_05_certificate_from_an_untrusted_root_is_InvalidCertificate_and_nothing_is_downloaded() throws Exception {
        FirmwareSigner stranger = TestPki.create("Someone Else").issueSigner(KeyType.RSA);
        assertRefused(UpdateFirmwareResponse.InvalidCertificate, f.signed(1, f.imageUrl, stranger), f.config());
    }

    @Test
    void L01FR22_expired_certificate_is_InvalidCertificate() throws Exception {
        Instant now = Instant.now();
        FirmwareSigner expired =
                f.pki.issueSigner(KeyType.EC, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)), null);
        assertRefused(UpdateFirmwareResponse.InvalidCertificate, f.signed(2, f.imageUrl, expired), f.config());
    }

    @Test
    void certificate_is_judged_at_the_injected_clock_time() throws Exception {
        LocalFirmwareUpdater updater = f.updater(
                f.config(),
                java.time.Clock.fixed(Instant.now().plus(Duration.ofDays(400)), java.time.ZoneOffset.UTC),
                f.realTimer);
        assertEquals(
                UpdateFirmwareResponse.InvalidCertificate,
                FirmwareFixture.decide(updater, f.signed(3, f.imageUrl, f.rsa)));
    }

    @Test
    void text_that_is_not_a_certificate_is_InvalidCertificate() throws Exception {
        var good = f.signed(4, f.imageUrl, f.rsa);
        var garbage = new FirmwareUpdateRequest(
                null,
                null,
                4,
                good.location(),
                null,
                null,
                "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n",
                good.signature());
        assertRefused(UpdateFirmwareResponse.InvalidCertificate, garbage, f.config());
    }

    @Test
    void certificate_listed_in_a_local_crl_file_is_RevokedCertificate() throws Exception {
        f.pki.revoke(f.rsa.certificate());
        Path crl = Pem.write(dir.resolve("maker.crl.pem"), Pem.of(f.pki.crl()));
        assertRefused(
                UpdateFirmwareResponse.RevokedCertificate,
                f.signed(5, f.imageUrl, f.rsa),
                f.config().withCrlPath(crl));
    }

    @Test
    void certificate_listed_in_a_der_crl_inside_a_crl_folder_is_RevokedCertificate() throws Exception {
        f.pki.revoke(f.ec.certificate());
        Path folder = Files.createDirectories(dir.resolve("crls"));
        Files.write(folder.resolve("maker.crl"), f.pki.crl().getEncoded());
        assertRefused(
                UpdateFirmwareResponse.RevokedCertificate,
                f.signed(6, f.imageUrl, f.ec),
                f.config().withCrlPath(folder));
    }

    @Test
    void certificate_revoked_by_the_crl_at_its_distribution_point_is_RevokedCertificate() throws Exception {
        URI crlUrl = f.http.uri("/maker.crl");
        Instant now = Instant.now();
        FirmwareSigner signer =
                f.pki.issueSigner(KeyType.RSA, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), crlUrl);
        f.pki.revoke(signer.certificate());
        f.http.serve(
                "/maker.crl", Files.write(dir.resolve("served.crl"), f.pki.crl().getEncoded()));
        assertRefused(UpdateFirmwareResponse.RevokedCertificate, f.signed(7, f.imageUrl, signer), f.config());
        assertEquals(1, f.http.requestCount("/maker.crl"));
    }

    @Test
    void crl_signed_by_another_ca_cannot_revoke() throws Exception {
        TestPki forger = TestPki.create("Maker Firmware Root"); // same name, different key
        forger.revoke(f.rsa.certificate());
        Path crl = Pem.write(dir.resolve("forged.crl.pem"), Pem.of(forger.crl()));
        LocalFirmwareUpdater updater = f.updater(f.config().withCrlPath(crl));
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, f.signed(8, f.imageUrl, f.rsa)));
    }

    @Test
    void unreachable_distribution_point_is_a_soft_fail_and_the_update_runs() throws Exception {
        Instant now = Instant.now();
        FirmwareSigner signer = f.pki.issueSigner(
                KeyType.EC,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)),
                f.http.uri("/no-such.crl")); // 404
        LocalFirmwareUpdater updater = f.updater(f.config());
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, f.signed(9, f.imageUrl, signer)));
        f.statuses.expect(9, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
    }

    @Test
    void TC_L_18_request_without_certificate_and_signature_is_Rejected() throws Exception {
        var unsigned = new FirmwareUpdateRequest(null, null, 10, f.imageUrl.toString(), null, null, null, null);
        assertRefused(UpdateFirmwareResponse.Rejected, unsigned, f.config());
    }

    @Test
    void signed_request_without_a_configured_trust_anchor_is_Rejected() throws Exception {
        assertRefused(
                UpdateFirmwareResponse.Rejected, f.signed(11, f.imageUrl, f.rsa), FirmwareConfig.of(f.dataDir, null));
    }

    @Test
    void unsupported_location_is_Rejected() throws Exception {
        assertRefused(
                UpdateFirmwareResponse.Rejected, f.signed(12, URI.create("file:///etc/passwd"), f.rsa), f.config());
    }

    @Test
    void unsigned_firmware_runs_only_when_explicitly_allowed_and_skips_SignatureVerified() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config().withAllowUnsigned(true));
        var unsigned = new FirmwareUpdateRequest(null, null, 13, f.imageUrl.toString(), null, null, null, null);
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, unsigned));
        f.statuses.expect(13, Downloading, Downloaded, Installing, InstallRebooting);
    }

    private void assertRefused(UpdateFirmwareResponse expected, FirmwareUpdateRequest request, FirmwareConfig config)
            throws Exception {
        LocalFirmwareUpdater updater = f.updater(config);
        assertEquals(expected, FirmwareFixture.decide(updater, request));
        f.assertNoMoreStatuses();
        assertEquals(0, f.http.requestCount("/fw.bin"), "nothing may be downloaded");
        assertEquals(java.util.List.of(), f.images());
        assertEquals(java.util.Optional.empty(), updater.lastStatus());
    }
}
