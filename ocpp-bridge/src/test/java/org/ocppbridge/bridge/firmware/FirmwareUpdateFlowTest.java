package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallVerificationFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallationFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installing;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InvalidSignature;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.files.FtpFileServer;
import org.ocppbridge.simulator.pki.FirmwareSigner;

class FirmwareUpdateFlowTest extends FirmwareFixtureTest {

    @Test
    void TC_L_01_rsa_signed_update_over_http_reports_every_status_then_Installed_after_the_reboot() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, f.signed(11, f.imageUrl, f.rsa)));
        f.statuses.expect(11, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        assertTrue(updater.inProgress(), "waiting for the reboot still counts as in progress");

        updater.resume(); // the runtime calls this after the (in-process) reboot
        f.statuses.expect(11, Installed);
        f.assertNoMoreStatuses();
        assertEquals(Optional.of(new FirmwareUpdateStatus(Installed, 11)), updater.lastStatus());
        assertFalse(updater.inProgress());
        assertEquals(List.of(), f.images(), "the image is removed once installed");
    }

    @Test
    void TC_L_01_ec_signed_update_over_ftp_with_user_and_password() throws Exception {
        Path ftpRoot = Files.createDirectories(dir.resolve("ftp"));
        Files.copy(f.image, ftpRoot.resolve("fw.bin"));
        try (FtpFileServer ftp = FtpFileServer.start(ftpRoot, "station", "pa ss")) {
            LocalFirmwareUpdater updater = f.updater(f.config());
            var request = f.signed(12, ftp.uri("/fw.bin"), f.ec);
            assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, request));
            f.statuses.expect(12, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
            assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        }
    }

    @Test
    void TC_L_06_L01FR03_wrong_signature_ends_in_InvalidSignature_and_nothing_is_installed() throws Exception {
        Path marker = dir.resolve("installer-ran");
        LocalFirmwareUpdater updater =
                f.updater(f.config().withInstallCommand(List.of("sh", "-c", "touch \"$0\"", marker.toString())));
        FirmwareSigner other = f.pki.issueSigner(org.ocppbridge.simulator.pki.KeyType.RSA);
        var good = f.signed(13, f.imageUrl, f.rsa);
        // A real signature, by the right key type, over different bytes.
        var wrong = new org.ocppbridge.mappings.system.FirmwareUpdateRequest(
                null,
                null,
                13,
                good.location(),
                null,
                null,
                good.signingCertificate(),
                other.signBase64(f.randomFile("other.bin", 1000)));
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, wrong));
        f.statuses.expect(13, Downloading, Downloaded, InvalidSignature);
        f.assertNoMoreStatuses();
        assertFalse(Files.exists(marker), "the install command must not run");
        assertEquals(List.of(), f.images(), "the rejected image is deleted");
        assertFalse(updater.inProgress());
    }

    @Test
    void TC_L_07_L01FR30_missing_file_is_DownloadFailed_only_after_every_attempt() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());
        var missing = f.http.uri("/fw.bin_does_not_exist");
        assertEquals(
                UpdateFirmwareResponse.Accepted,
                FirmwareFixture.decide(updater, f.request(14, missing, f.rsa, 3, 0, null, null)));
        f.statuses.expect(14, Downloading, DownloadFailed);
        f.assertNoMoreStatuses();
        assertEquals(3, f.http.requestCount("/fw.bin_does_not_exist"));
    }

    @Test
    void server_errors_are_retried_and_a_later_attempt_succeeds() throws Exception {
        f.http.failing(2);
        LocalFirmwareUpdater updater = f.updater(f.config());
        FirmwareFixture.decide(updater, f.request(15, f.imageUrl, f.rsa, 3, 0, null, null));
        f.statuses.expect(15, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(3, f.http.requestCount("/fw.bin"));
    }

    @Test
    void truncated_download_is_a_failed_attempt_not_an_image() throws Exception {
        f.http.mode(FirmwareFileServer.Mode.TRUNCATED);
        LocalFirmwareUpdater updater = f.updater(f.config());
        FirmwareFixture.decide(updater, f.request(16, f.imageUrl, f.rsa, 2, 0, null, null));
        f.statuses.expect(16, Downloading, DownloadFailed);
        assertEquals(2, f.http.requestCount("/fw.bin"));
        assertEquals(List.of(), f.images());
    }

    @Test
    void install_command_gets_the_verified_image_and_exit_0_means_success() throws Exception {
        // The installer compares what it was given with the original: proof the image is complete.
        LocalFirmwareUpdater updater = f.updater(f.config()
                .withInstallCommand(List.of(
                        "sh",
                        "-c",
                        "cmp -s \"$1\" \"$0\" && [ -n \"$OCPP_FIRMWARE_SHA256\" ] || exit 9",
                        f.image.toString())));
        FirmwareFixture.decide(updater, f.signed(17, f.imageUrl, f.ec));
        f.statuses.expect(17, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
    }

    @Test
    void TC_L_08_install_exit_code_3_reboots_then_reports_InstallVerificationFailed() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config().withInstallCommand(List.of("sh", "-c", "exit 3")));
        FirmwareFixture.decide(updater, f.signed(18, f.imageUrl, f.rsa));
        f.statuses.expect(18, Downloading, Downloaded, SignatureVerified, Installing);
        // ER TC_L_08 step 15: the station comes back (reboot, BootNotification FirmwareUpdate) before the failure.
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        f.assertNoMoreStatuses();
        updater.close();

        LocalFirmwareUpdater after = f.updater(f.config());
        assertTrue(after.awaitsReboot(), "a kill before the reboot still boots as FirmwareUpdate");
        after.resume();
        f.statuses.expect(18, InstallVerificationFailed);
        f.assertNoMoreStatuses();
        assertFalse(after.inProgress());
        assertEquals(List.of(), f.images());
    }

    @Test
    void TC_L_08_any_other_install_exit_code_reboots_then_reports_InstallationFailed() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config().withInstallCommand(List.of("sh", "-c", "exit 7")));
        FirmwareFixture.decide(updater, f.signed(19, f.imageUrl, f.rsa));
        f.statuses.expect(19, Downloading, Downloaded, SignatureVerified, Installing);
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        f.assertNoMoreStatuses();
        updater.close();

        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(19, InstallationFailed);
        f.assertNoMoreStatuses();
        assertFalse(after.inProgress());
    }

    @Test
    void install_command_that_hangs_is_killed_after_the_install_timeout() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config()
                .withTimeouts(FirmwareConfig.DEFAULT_TRANSFER_TIMEOUT, java.time.Duration.ofMillis(500))
                .withInstallCommand(List.of("sh", "-c", "exec sleep 60")));
        FirmwareFixture.decide(updater, f.signed(20, f.imageUrl, f.rsa));
        f.statuses.expect(20, Downloading, Downloaded, SignatureVerified, Installing);
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        updater.close();
        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(20, InstallationFailed);
    }
}
