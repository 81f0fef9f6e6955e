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

/**
 * The security-plane cases judge: a fixture station that implements the plane passes them (so they are
 * passable as written), and one with a deliberate fault fails the matching case naming the rule.
 */
class SecurityCasesJudgeTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private List<CaseResult> run(String only, SecurityFixtureStation.Fault fault) throws Exception {
        ConformanceRunner runner = new ConformanceRunner(dir, new PrintStream(output, true, StandardCharsets.UTF_8));
        return runner.runLaunched(ConformanceCases.select(only), SecurityFixtureStation.launcher(fault));
    }

    private CaseResult runOne(String caseId, SecurityFixtureStation.Fault fault) throws Exception {
        List<CaseResult> results = run(caseId, fault);
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void a_station_that_implements_the_plane_passes_the_password_certificate_and_renewal_cases() throws Exception {
        List<CaseResult> results = run(
                "TC_A_09_CS,TC_A_10_CS,TC_A_11_CS,TC_A_14_CS,TC_A_15_CS,TC_A_23_CS,TC_M_01_CS,TC_M_02_CS,TC_M_07_CS,"
                        + "TC_M_12_CS,TC_M_13_CS,TC_M_17_CS,TC_M_18_CS,TC_M_19_CS,TC_M_20_CS,TC_M_22_CS,TC_M_23_CS",
                SecurityFixtureStation.Fault.NONE);
        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(17, results.size(), printed);
        assertTrue(results.stream().allMatch(CaseResult::passed), printed);
    }

    @Test
    void TC_A_09_a_station_that_keeps_the_old_password_fails_naming_A01() throws Exception {
        CaseResult result = runOne("TC_A_09_CS", SecurityFixtureStation.Fault.KEEPS_OLD_PASSWORD);
        assertFalse(result.passed());
        assertEquals(
                "A01.FR.11 (TC_A_09 step 3): the upgrade request after the change does not carry the new password",
                result.reason());
    }

    @Test
    void TC_A_11_a_station_that_reconnects_with_its_previous_certificate_fails_naming_A02_FR_08() throws Exception {
        CaseResult result = runOne("TC_A_11_CS", SecurityFixtureStation.Fault.KEEPS_OLD_CERTIFICATE);
        assertFalse(result.passed());
        assertEquals(
                "A02.FR.08 (TC_A_11, after step 6): the connection after CertificateSigned presented another client"
                        + " certificate, not the one the CSMS signed",
                result.reason());
    }

    @Test
    void TC_A_23_a_station_that_resends_only_RepeatTimes_times_fails_at_step_9_naming_A02_FR_18() throws Exception {
        CaseResult result = runOne("TC_A_23_CS", SecurityFixtureStation.Fault.RESENDS_REPEAT_TIMES_ONLY);
        assertFalse(result.passed());
        assertTrue(
                result.reason().startsWith("A02.FR.18 (TC_A_23 step 9)"),
                "the official step 9 resend is missing: " + result.reason());
    }

    @Test
    void TC_M_07_a_station_that_installs_an_expired_root_fails_naming_M05_FR_07() throws Exception {
        CaseResult result = runOne("TC_M_07_CS", SecurityFixtureStation.Fault.INSTALLS_ANY_ROOT);
        assertFalse(result.passed());
        assertEquals(
                "M05.FR.07 (TC_M_07 step 2): InstallCertificateResponse Accepted for an expired certificate, expected"
                        + " Rejected",
                result.reason());
    }

    @Test
    void TC_M_23_a_station_that_deletes_its_own_certificate_fails_naming_M04_FR_06() throws Exception {
        CaseResult result = runOne("TC_M_23_CS", SecurityFixtureStation.Fault.DELETES_STATION_CERTIFICATE);
        assertFalse(result.passed());
        assertEquals(
                "M04.FR.06 (TC_M_23 step 3): DeleteCertificateResponse Accepted for the station certificate, expected"
                        + " NotFound or Failed",
                result.reason());
    }

    @Test
    void a_station_without_the_plane_fails_TC_M_01_naming_the_CALLERROR() throws Exception {
        // BrokenStation answers every action it does not know with NotSupported.
        ConformanceRunner runner = new ConformanceRunner(dir, new PrintStream(output, true, StandardCharsets.UTF_8));
        List<CaseResult> results = runner.runLaunched(
                ConformanceCases.select("TC_M_01_CS"), BrokenStation.launcher(BrokenStation.Fault.NONE));
        assertFalse(results.get(0).passed());
        assertEquals(
                "M05 (TC_M_01 step 1): InstallCertificate answered with CALLERROR NotSupported",
                results.get(0).reason());
    }
}
