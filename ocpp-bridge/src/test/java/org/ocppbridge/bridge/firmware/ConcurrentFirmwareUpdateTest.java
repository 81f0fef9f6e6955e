package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadScheduled;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Idle;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallScheduled;
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
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/** A second UpdateFirmware while one runs (L01.FR.24, L01.FR.27; TC_L_10, TC_L_11). */
class ConcurrentFirmwareUpdateTest extends FirmwareFixtureTest {

    @Test
    void TC_L_10_L01FR24_new_request_cancels_a_running_download_and_only_the_new_id_reports() throws Exception {
        Path big = f.randomFile("big.bin", 2_000_000);
        f.http.serve("/big.bin", big);
        f.http.mode(FirmwareFileServer.Mode.SLOW);
        LocalFirmwareUpdater updater = f.updater(f.config());
        assertEquals(
                UpdateFirmwareResponse.Accepted,
                FirmwareFixture.decide(updater, f.request(1, f.http.uri("/big.bin"), f.rsa, null, null, null, null)));
        f.statuses.expect(1, Downloading);
        assertTrue(f.http.awaitSlowStarted(15, TimeUnit.SECONDS));

        assertEquals(
                UpdateFirmwareResponse.AcceptedCanceled,
                FirmwareFixture.decide(updater, f.signed(2, f.imageUrl, f.rsa)));
        f.http.release();
        f.statuses.expect(2, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        f.assertNoMoreStatuses();
        assertEquals(1, f.images().size(), "only the new image is left: " + f.images());
        assertTrue(f.images().get(0).getFileName().toString().startsWith("firmware-2-"));
    }

    @Test
    void new_request_cancels_a_scheduled_download() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());
        FirmwareFixture.decide(
                updater,
                f.request(3, f.imageUrl, f.rsa, null, null, Instant.now().plus(Duration.ofHours(1)), null));
        f.statuses.expect(3, DownloadScheduled);
        assertEquals(
                UpdateFirmwareResponse.AcceptedCanceled,
                FirmwareFixture.decide(updater, f.signed(4, f.imageUrl, f.ec)));
        f.statuses.expect(4, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
        assertEquals(1, f.http.requestCount("/fw.bin"));
    }

    @Test
    void L01FR24_note_a_request_that_fails_its_checks_cancels_a_scheduled_install_and_nothing_resumes_it()
            throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config());
        FirmwareFixture.decide(
                updater,
                f.request(8, f.imageUrl, f.rsa, null, null, null, Instant.now().plus(Duration.ofDays(30))));
        f.statuses.expect(8, Downloading, Downloaded, SignatureVerified, InstallScheduled);

        assertEquals(
                UpdateFirmwareResponse.Rejected,
                FirmwareFixture.decide(updater, f.request(9, f.imageUrl, null, null, null, null, null)),
                "unsigned: refused by its own check, after the cancel");
        f.statuses.expect(-1, Idle); // nothing runs: Idle, which names no request
        updater.close();

        LocalFirmwareUpdater restarted = f.updater(f.config());
        restarted.resume();
        assertEquals(
                UpdateFirmwareResponse.Accepted,
                FirmwareFixture.decide(
                        restarted,
                        f.request(
                                10, f.imageUrl, f.rsa, null, null, Instant.now().plus(Duration.ofDays(1)), null)),
                "Accepted, not AcceptedCanceled: the cancelled update 8 was not resumed");
        f.statuses.expect(10, DownloadScheduled);
        assertEquals(1, f.http.requestCount("/fw.bin"));
    }

    @Test
    void TC_L_11_L01FR27_request_while_installing_is_Rejected_and_the_install_goes_on() throws Exception {
        Path started = dir.resolve("installer-started");
        Path release = dir.resolve("installer-release");
        // The installer signals it runs, then waits (at most ~10 s) for the test to let it finish.
        String script = "touch \"$0\"; i=0; while [ ! -f \"$1\" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done";
        LocalFirmwareUpdater updater = f.updater(
                f.config().withInstallCommand(List.of("sh", "-c", script, started.toString(), release.toString())));
        FirmwareFixture.decide(updater, f.signed(5, f.imageUrl, f.rsa));
        f.statuses.expect(5, Downloading, Downloaded, SignatureVerified, Installing);

        Decision<UpdateFirmwareResponse> refused = FirmwareFixture.decision(updater, f.signed(6, f.imageUrl, f.rsa));
        assertEquals(UpdateFirmwareResponse.Rejected, refused.answer());
        assertEquals(Optional.of("FwUpdateInProgress"), refused.reasonCode(), "Part 2 Appendix 5: " + refused);
        Files.createFile(release);
        f.statuses.expect(5, InstallRebooting);
        Decision<UpdateFirmwareResponse> waiting = FirmwareFixture.decision(updater, f.signed(7, f.imageUrl, f.rsa));
        assertEquals(UpdateFirmwareResponse.Rejected, waiting.answer(), "still Rejected while waiting for the reboot");
        assertEquals(Optional.of("FwUpdateInProgress"), waiting.reasonCode(), "Part 2 Appendix 5: " + waiting);
        f.assertNoMoreStatuses();
    }
}
