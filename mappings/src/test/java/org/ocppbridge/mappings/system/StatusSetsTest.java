package org.ocppbridge.mappings.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one definition of each status set, written out here by hand (L01, N01). */
class StatusSetsTest {

    @Test
    void L01_an_update_ends_in_one_of_five_statuses_and_Idle_is_not_one_of_them() {
        assertEquals(
                EnumSet.of(
                        FirmwareUpdateStatusEnum.DownloadFailed,
                        FirmwareUpdateStatusEnum.InvalidSignature,
                        FirmwareUpdateStatusEnum.InstallationFailed,
                        FirmwareUpdateStatusEnum.InstallVerificationFailed,
                        FirmwareUpdateStatusEnum.Installed),
                firmware(FirmwareUpdateStatusEnum::endsUpdate));
        assertEquals(
                EnumSet.of(
                        FirmwareUpdateStatusEnum.Downloaded,
                        FirmwareUpdateStatusEnum.Downloading,
                        FirmwareUpdateStatusEnum.DownloadScheduled,
                        FirmwareUpdateStatusEnum.DownloadPaused,
                        FirmwareUpdateStatusEnum.Installing,
                        FirmwareUpdateStatusEnum.InstallRebooting,
                        FirmwareUpdateStatusEnum.InstallScheduled,
                        FirmwareUpdateStatusEnum.SignatureVerified),
                firmware(FirmwareUpdateStatusEnum::isUnderWay));
    }

    @Test
    void issue14_point12_only_a_scheduled_update_waits_for_its_time_and_it_is_under_way() {
        assertEquals(
                EnumSet.of(FirmwareUpdateStatusEnum.DownloadScheduled, FirmwareUpdateStatusEnum.InstallScheduled),
                firmware(FirmwareUpdateStatusEnum::waitsForItsTime));
        assertEquals(
                EnumSet.of(
                        FirmwareUpdateStatusEnum.Downloaded,
                        FirmwareUpdateStatusEnum.Downloading,
                        FirmwareUpdateStatusEnum.DownloadPaused,
                        FirmwareUpdateStatusEnum.Installing,
                        FirmwareUpdateStatusEnum.InstallRebooting,
                        FirmwareUpdateStatusEnum.SignatureVerified),
                firmware(status -> status.isUnderWay() && !status.waitsForItsTime()));
    }

    @Test
    void N01_an_upload_is_under_way_only_while_Uploading_and_ends_in_any_status_but_Idle() {
        assertEquals(EnumSet.of(LogStatusEnum.Uploading), logs(LogStatusEnum::isUnderWay));
        assertEquals(
                EnumSet.of(
                        LogStatusEnum.BadMessage,
                        LogStatusEnum.NotSupportedOperation,
                        LogStatusEnum.PermissionDenied,
                        LogStatusEnum.Uploaded,
                        LogStatusEnum.UploadFailure,
                        LogStatusEnum.AcceptedCanceled),
                logs(LogStatusEnum::endsUpload));
    }

    private static Set<FirmwareUpdateStatusEnum> firmware(java.util.function.Predicate<FirmwareUpdateStatusEnum> p) {
        return Arrays.stream(FirmwareUpdateStatusEnum.values()).filter(p).collect(Collectors.toSet());
    }

    private static Set<LogStatusEnum> logs(java.util.function.Predicate<LogStatusEnum> p) {
        return Arrays.stream(LogStatusEnum.values()).filter(p).collect(Collectors.toSet());
    }
}
