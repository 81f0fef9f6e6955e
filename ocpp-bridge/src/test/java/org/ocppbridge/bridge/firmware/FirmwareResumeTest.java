package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadScheduled;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallScheduled;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallationFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installing;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/** State survives the process: a new updater on the same data dir ends each phase in the right status. */
class FirmwareResumeTest extends FirmwareFixtureTest {

    @Test
    void L01FR20_after_the_reboot_a_new_process_reports_Installed_with_the_request_id() throws Exception {
        LocalFirmwareUpdater before = f.updater(f.config());
        FirmwareFixture.decide(before, f.signed(41, f.imageUrl, f.rsa));
        f.statuses.expect(41, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(BootReason.FirmwareUpdate, f.nextRestart());
        before.close();

        LocalFirmwareUpdater after = f.updater(f.config());
        assertEquals(Optional.of(new FirmwareUpdateStatus(InstallRebooting, 41)), after.lastStatus());
        after.resume();
        f.statuses.expect(41, Installed);
        f.assertNoMoreStatuses();
        assertEquals(List.of(), f.images());

        LocalFirmwareUpdater third = f.updater(f.config()); // a later boot reports nothing again
        third.resume();
        f.assertNoMoreStatuses();
        assertEquals(Optional.of(new FirmwareUpdateStatus(Installed, 41)), third.lastStatus());
    }

    @Test
    void process_stopped_mid_download_downloads_again_after_restart() throws Exception {
        Path big = f.randomFile("big.bin", 2_000_000);
        f.http.serve("/big.bin", big);
        f.http.mode(FirmwareFileServer.Mode.SLOW);
        var request = f.request(42, f.http.uri("/big.bin"), f.rsa, null, null, null, null);
        // The signature must match the served file.
        request = new org.ocppbridge.mappings.system.FirmwareUpdateRequest(
                null, null, 42, request.location(), null, null, f.rsa.certificatePem(), f.rsa.signBase64(big));
        LocalFirmwareUpdater before = f.updater(f.config());
        FirmwareFixture.decide(before, request);
        f.statuses.expect(42, Downloading);
        assertTrue(f.http.awaitSlowStarted(15, TimeUnit.SECONDS));
        before.close();
        f.http.release();
        f.http.mode(FirmwareFileServer.Mode.NORMAL);

        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(42, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(2, f.http.requestCount("/big.bin"));
        assertEquals(1, f.images().size(), "the partial image of the first process was cleaned up");
    }

    @Test
    void process_stopped_mid_install_reports_InstallationFailed_after_restart() throws Exception {
        Path started = dir.resolve("installer-started");
        String script = "touch \"$0\"; exec sleep 30";
        LocalFirmwareUpdater before =
                f.updater(f.config().withInstallCommand(List.of("sh", "-c", script, started.toString())));
        FirmwareFixture.decide(before, f.signed(43, f.imageUrl, f.rsa));
        f.statuses.expect(43, Downloading, Downloaded, SignatureVerified, Installing);
        before.close(); // kills the installer

        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(43, InstallationFailed);
        f.assertNoMoreStatuses();
        assertFalse(after.inProgress());
    }

    @Test
    void scheduled_download_is_scheduled_again_after_restart() throws Exception {
        Instant retrieve = Instant.now().plus(Duration.ofHours(3));
        LocalFirmwareUpdater before = f.updater(f.config());
        FirmwareFixture.decide(before, f.request(44, f.imageUrl, f.ec, null, null, retrieve, null));
        f.statuses.expect(44, DownloadScheduled);
        before.close();

        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(44, DownloadScheduled);
        assertTrue(after.inProgress());
        assertEquals(0, f.http.requestCount("/fw.bin"));
    }

    @Test
    void state_file_is_replaced_atomically_and_names_the_request() throws Exception {
        Instant retrieve = Instant.now().plus(Duration.ofHours(3));
        LocalFirmwareUpdater before = f.updater(f.config());
        FirmwareFixture.decide(before, f.request(45, f.imageUrl, f.ec, null, null, retrieve, null));
        f.statuses.expect(45, DownloadScheduled);
        before.close();
        // Whatever the phase, the state file names the request.
        assertTrue(Files.readString(f.dataDir.resolve(FirmwareStateStore.FILE_NAME))
                .contains("requestId=45"));
        assertFalse(Files.exists(f.dataDir.resolve(FirmwareStateStore.FILE_NAME + ".tmp")));
    }

    @Test
    void verified_image_waiting_for_its_install_time_is_downloaded_and_verified_again_after_restart() throws Exception {
        Instant install = Instant.now().plus(Duration.ofHours(1));
        LocalFirmwareUpdater before = f.updater(f.config());
        FirmwareFixture.decide(before, f.request(46, f.imageUrl, f.rsa, null, null, null, install));
        f.statuses.expect(46, Downloading, Downloaded, SignatureVerified, InstallScheduled);
        before.close();

        LocalFirmwareUpdater after = f.updater(f.config());
        after.resume();
        f.statuses.expect(46, Downloading, Downloaded, SignatureVerified, InstallScheduled);
        assertEquals(2, f.http.requestCount("/fw.bin"));
        assertEquals(1, f.images().size());
    }
}
