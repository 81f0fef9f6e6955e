package org.ocppbridge.simulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases judge: a fixture station with a deliberate fault fails TC_L_01_CS naming the rule it broke. */
class CasesJudgeBrokenStationsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private CaseResult runL01(BrokenStation.Fault fault) throws Exception {
        ConformanceRunner runner = new ConformanceRunner(dir, new PrintStream(output, true, StandardCharsets.UTF_8));
        List<CaseResult> results =
                runner.runLaunched(ConformanceCases.select("TC_L_01_CS"), BrokenStation.launcher(fault));
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void TC_L_01_passes_for_the_fixture_without_a_fault() throws Exception {
        CaseResult result = runL01(BrokenStation.Fault.NONE);

        assertTrue(result.passed(), output.toString(StandardCharsets.UTF_8));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("PASS TC_L_01_CS\n1 passed, 0 failed"));
    }

    @Test
    void L01FR20_a_status_without_requestId_fails_TC_L_01_naming_the_rule() throws Exception {
        CaseResult result = runL01(BrokenStation.Fault.DROP_REQUEST_ID);

        assertFalse(result.passed());
        assertEquals("L01.FR.20: FirmwareStatusNotification Downloading has no requestId", result.reason());
        String printed = output.toString(StandardCharsets.UTF_8);
        assertTrue(
                printed.startsWith(
                        "FAIL TC_L_01_CS: L01.FR.20: FirmwareStatusNotification Downloading has no" + " requestId\n"),
                printed);
        assertTrue(printed.contains("station> [2,"), "the last frames follow a failure: " + printed);
        assertTrue(printed.strip().endsWith("0 passed, 1 failed"), printed);
    }

    @Test
    void TC_L_01_Installed_before_the_reboot_fails_naming_step_15() throws Exception {
        CaseResult result = runL01(BrokenStation.Fault.INSTALLED_BEFORE_REBOOT);

        assertFalse(result.passed());
        assertEquals(
                "L01 (ER TC_L_01 step 15): Installed reported before the station rebooted or reconnected",
                result.reason());
    }

    private CaseResult run(String caseId, BrokenStation.Fault fault) throws Exception {
        ConformanceRunner runner = new ConformanceRunner(dir, new PrintStream(output, true, StandardCharsets.UTF_8));
        List<CaseResult> results = runner.runLaunched(ConformanceCases.select(caseId), BrokenStation.launcher(fault));
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void B05FR07_a_station_that_accepts_any_value_fails_TC_B_11_and_still_passes_TC_B_09() throws Exception {
        CaseResult invalid = run("TC_B_11_CS", BrokenStation.Fault.ACCEPTS_ANY_VALUE);
        assertFalse(invalid.passed());
        assertEquals(
                "B05.FR.07: OfflineThreshold=\"1.1\" answered Accepted, expected Rejected (not an integer)",
                invalid.reason());

        assertTrue(run("TC_B_09_CS", BrokenStation.Fault.ACCEPTS_ANY_VALUE).passed(), output::toString);
    }

    @Test
    void a_station_without_a_device_model_fails_TC_B_09_naming_the_CALLERROR() throws Exception {
        CaseResult result = run("TC_B_09_CS", BrokenStation.Fault.NONE);
        assertFalse(result.passed());
        assertEquals("B05.FR.01: SetVariables answered with CALLERROR NotSupported", result.reason());
    }

    @Test
    void B07FR10_a_report_that_does_not_start_at_seqNo_0_fails_TC_B_13() throws Exception {
        CaseResult result = run("TC_B_13_CS", BrokenStation.Fault.REPORT_FROM_SEQ_1);
        assertFalse(result.passed());
        assertEquals("B07.FR.10: NotifyReport seqNo 1, expected 0", result.reason());
    }

    @Test
    void B08FR24_a_report_that_ignores_the_asked_instance_fails_TC_B_55_and_still_passes_TC_B_54() throws Exception {
        CaseResult result = run("TC_B_55_CS", BrokenStation.Fault.REPORT_IGNORES_INSTANCE);
        assertFalse(result.passed());
        assertEquals(
                "B08.FR.24: expected DeviceDataCtrlr.ItemsPerMessage[GetReport] only, reported"
                        + " [DeviceDataCtrlr.ItemsPerMessage[GetReport], DeviceDataCtrlr.ItemsPerMessage[GetVariables],"
                        + " DeviceDataCtrlr.ItemsPerMessage[SetVariables]]",
                result.reason());
        assertTrue(
                run("TC_B_54_CS", BrokenStation.Fault.REPORT_IGNORES_INSTANCE).passed(), output::toString);
    }

    @Test
    void a_station_without_GetReport_fails_TC_B_16_naming_the_CALLERROR() throws Exception {
        CaseResult result = run("TC_B_16_CS", BrokenStation.Fault.NONE);
        assertFalse(result.passed());
        assertEquals("B08.FR.01: GetReport answered with CALLERROR NotSupported", result.reason());
    }

    @Test
    void a_station_that_talks_while_Pending_and_has_no_device_model_fails_TC_B_02_naming_a_B02_rule() throws Exception {
        // The fixture sends its StartupOfTheDevice event right after any boot answer, Pending too (B02.FR.02), and
        // answers SetVariables with NotSupported (B02.FR.05): whichever the case meets first, it names a B02 rule.
        CaseResult result = run("TC_B_02_CS", BrokenStation.Fault.NONE);
        assertFalse(result.passed());
        assertTrue(result.reason().contains("B02") || result.reason().contains("B01/B02/B03"), result.reason());
    }

    @Test
    void TC_B_57_passes_for_a_station_that_reconnects_with_the_back_off_and_without_a_boot() throws Exception {
        CaseResult result = run("TC_B_57_CS", BrokenStation.Fault.NONE);
        assertTrue(result.passed(), output::toString);
    }

    @Test
    void TC_B_57_Part4_5_3_a_BootNotification_on_a_plain_reconnect_fails_naming_the_rule() throws Exception {
        CaseResult result = run("TC_B_57_CS", BrokenStation.Fault.BOOT_ON_RECONNECT);
        assertFalse(result.passed());
        assertEquals(
                "P4 §5.3 (TC_B_57 step 3): BootNotification PowerUp on a reconnect after a connection loss; a station"
                        + " whose boot was Accepted reconnects without one",
                result.reason());
    }

    @Test
    void TC_B_57_Part4_5_3_a_back_off_that_does_not_start_again_after_a_reconnect_fails_step_5() throws Exception {
        CaseResult result = run("TC_B_57_CS", BrokenStation.Fault.BACK_OFF_NEVER_RESETS);
        assertFalse(result.passed());
        assertTrue(
                result.reason().startsWith("P4 §5.3 (TC_B_57 step 5): reconnected ")
                        && result.reason()
                                .endsWith("the back-off did not start again after the successful reconnect"
                                        + " of step 3"),
                result.reason());
    }

    @Test
    void TC_N_26_passes_for_a_station_that_reports_a_failure_after_each_attempt() throws Exception {
        CaseResult result = run("TC_N_26_CS", BrokenStation.Fault.NONE);
        assertTrue(result.passed(), output::toString);
    }

    @Test
    void TC_N_26_ER_6_1_29_one_failure_status_after_the_last_attempt_only_fails_naming_the_rule() throws Exception {
        CaseResult result = run("TC_N_26_CS", BrokenStation.Fault.LOG_FAILURE_AFTER_LAST_ATTEMPT_ONLY);
        assertFalse(result.passed());
        assertEquals(
                "ER §6.1.29 (TC_N_26 step 5): 1 failure status(es) for 4 upload attempts; the test tool expects step 5"
                        + " once per attempt (4 times with retries 3)",
                result.reason());
    }

    @Test
    void L01FR26_passes_for_a_station_that_keeps_its_last_firmware_status_across_a_reboot() throws Exception {
        CaseResult result = run("L01_FR_26_after_a_reboot", BrokenStation.Fault.NONE);
        assertTrue(result.passed(), output::toString);
    }

    @Test
    void L01FR26_a_station_that_answers_Idle_after_a_reboot_fails_naming_the_rule() throws Exception {
        CaseResult result = run("L01_FR_26_after_a_reboot", BrokenStation.Fault.FORGETS_FIRMWARE_STATUS_ON_REBOOT);
        assertFalse(result.passed());
        assertEquals(
                "L01.FR.26 (after a reboot): expected FirmwareStatusNotification DownloadFailed (requestId 126), the last"
                        + " status sent, got FirmwareStatusNotification Idle",
                result.reason());
    }

    @Test
    void TC_L_08_passes_for_a_station_that_reboots_then_reports_the_failure_and_FirmwareUpdated() throws Exception {
        CaseResult result = run("TC_L_08_CS", BrokenStation.Fault.NONE);
        assertTrue(result.passed(), output::toString);
    }

    @Test
    void TC_L_08_a_failure_reported_without_a_reboot_or_reconnect_fails_naming_step_15() throws Exception {
        CaseResult result = run("TC_L_08_CS", BrokenStation.Fault.INSTALL_FAILURE_WITHOUT_REBOOT);
        assertFalse(result.passed());
        assertEquals(
                "L01 (ER TC_L_08 step 15): InstallationFailed reported before the station rebooted or reconnected",
                result.reason());
    }

    @Test
    void TC_L_08_a_failure_without_SecurityEventNotification_FirmwareUpdated_fails_naming_step_20() throws Exception {
        CaseResult result = run("TC_L_08_CS", BrokenStation.Fault.INSTALL_FAILURE_WITHOUT_EVENT);
        assertFalse(result.passed());
        assertEquals(
                "ER TC_L_08 (step 20): SecurityEventNotification FirmwareUpdated: nothing came within PT10S",
                result.reason());
    }

    @Test
    void TC_L_08_Installed_after_the_failure_fails_at_the_Heartbeat_barrier_naming_the_rule() throws Exception {
        CaseResult result = run("TC_L_08_CS", BrokenStation.Fault.INSTALLED_AFTER_FAILURE);
        assertFalse(result.passed());
        assertEquals(
                "L01 (TC_L_08): Installed after a failed installation (the station sent FirmwareStatusNotification"
                        + " Installed (requestId 108))",
                result.reason());
    }
}
