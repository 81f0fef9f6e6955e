package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadFailed;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.DownloadScheduled;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloaded;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Downloading;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallRebooting;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.InstallScheduled;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.Installing;
import static org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum.SignatureVerified;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/** retrieveDateTime, installDateTime and retryInterval in virtual time. */
class ScheduledFirmwareUpdateTest extends FirmwareFixtureTest {

    LockedVirtualScheduler time = new LockedVirtualScheduler();

    @Test
    void TC_L_03_download_waits_for_retrieveDateTime() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config(), realNowClock(), time);
        var request = f.request(31, f.imageUrl, f.rsa, null, null, start().plus(Duration.ofHours(2)), null);
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, request));
        f.statuses.expect(31, DownloadScheduled);
        time.advanceBy(Duration.ofHours(2).minusSeconds(1));
        f.assertNoMoreStatuses();
        assertEquals(0, f.http.requestCount("/fw.bin"));
        time.advanceBy(Duration.ofSeconds(1));
        f.statuses.expect(31, Downloading, Downloaded, SignatureVerified, Installing, InstallRebooting);
    }

    @Test
    void TC_L_02_L01FR16_install_waits_for_installDateTime() throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config(), realNowClock(), time);
        var request = f.request(32, f.imageUrl, f.ec, null, null, null, start().plus(Duration.ofMinutes(30)));
        FirmwareFixture.decide(updater, request);
        f.statuses.expect(32, Downloading, Downloaded, SignatureVerified, InstallScheduled);
        time.awaitPending(1);
        assertEquals(Duration.ofMinutes(30), time.nextDelay());
        time.advanceBy(Duration.ofMinutes(30));
        f.statuses.expect(32, Installing, InstallRebooting);
    }

    @Test
    void retries_wait_retryInterval_between_attempts() throws Exception {
        f.http.mode(FirmwareFileServer.Mode.NOT_FOUND);
        LocalFirmwareUpdater updater = f.updater(f.config(), realNowClock(), time);
        FirmwareFixture.decide(updater, f.request(33, f.imageUrl, f.rsa, 3, 60, null, null));
        f.statuses.expect(33, Downloading);
        for (int attempt = 1; attempt <= 2; attempt++) {
            time.awaitPending(1);
            assertEquals(attempt, f.http.requestCount("/fw.bin"));
            assertEquals(Duration.ofSeconds(60), time.nextDelay());
            time.advanceBy(Duration.ofSeconds(60));
        }
        f.statuses.expect(33, DownloadFailed);
        assertEquals(3, f.http.requestCount("/fw.bin"));
    }

    @Test
    void issue15_point4_a_retrieveDateTime_in_the_year_9999_is_scheduled_clamped_to_100_years_not_an_error()
            throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config(), realNowClock(), time);
        var request = f.request(34, f.imageUrl, f.rsa, null, null, Instant.parse("9999-12-31T23:59:59Z"), null);
        assertEquals(UpdateFirmwareResponse.Accepted, FirmwareFixture.decide(updater, request));
        f.statuses.expect(34, DownloadScheduled);
        time.awaitPending(1);
        assertEquals(FirmwareJob.MAX_WAIT, time.nextDelay());
        assertEquals(0, f.http.requestCount("/fw.bin"));
    }

    @Test
    void issue15_point4_an_installDateTime_in_the_year_9999_waits_clamped_and_a_new_request_still_replaces_it()
            throws Exception {
        LocalFirmwareUpdater updater = f.updater(f.config(), realNowClock(), time);
        FirmwareFixture.decide(
                updater, f.request(35, f.imageUrl, f.ec, null, null, null, Instant.parse("9999-12-31T23:59:59Z")));
        f.statuses.expect(35, Downloading, Downloaded, SignatureVerified, InstallScheduled);
        time.awaitPending(1);
        assertEquals(FirmwareJob.MAX_WAIT, time.nextDelay());
        assertEquals(
                UpdateFirmwareResponse.AcceptedCanceled,
                FirmwareFixture.decide(updater, f.request(36, f.imageUrl, f.rsa, null, null, null, null)));
    }

    private Instant start() {
        return realNowClock().instant();
    }

    /**
     * The virtual clock shifted to the real time at the test's start, so the test PKI's certificates (issued
     * around real now) are valid while time is virtual.
     */
    private java.time.Clock realNowClock() {
        return shifted;
    }

    private final java.time.Clock shifted = new java.time.Clock() {
        private final Duration offset = Duration.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.now());

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return time.clock().instant().plus(offset);
        }
    };
}
