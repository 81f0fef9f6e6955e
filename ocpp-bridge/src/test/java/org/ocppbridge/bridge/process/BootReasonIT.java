package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CloseInfo;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * Issue 7: the boot reason after every kind of stop, with the jar restarted for real, so the reasons are shown to
 * survive the restart they describe. Each boot is followed by its security event (StartupOfTheDevice after
 * PowerUp, ResetOrReboot after a reset or a watchdog boot), in that order on the wire.
 */
class BootReasonIT {

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    private CsmsSimulator csms;
    private BridgeStation station;

    @BeforeEach
    void startCsms() {
        csms = CsmsSimulator.builder().defaultReplies(true).start();
        station = new BridgeStation(csms.url(), "CS-BOOT", home);
    }

    @AfterEach
    void stopCsms() {
        csms.close();
    }

    @Test
    void B01_a_first_start_is_PowerUp_and_a_start_after_SIGTERM_is_PowerUp_again() throws Exception {
        StationProcess first = processes.start(station);
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
        Wire.barrier(connection);
        first.sigterm();
        assertEquals(0, first.awaitExit(Wire.STEP));

        StationProcess second = processes.start(station);
        StationConnection again = Wire.awaitBoot(csms, second, "PowerUp");
        Wire.expectSecurityEvent(again, "StartupOfTheDevice");
        Wire.assertNoMoreCalls(again);
    }

    @Test
    void SIGKILL_then_start_is_a_Watchdog_boot_with_ResetOrReboot() throws Exception {
        StationProcess first = processes.start(station);
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
        Wire.barrier(connection); // its CALLRESULT is handled: not sent again after the restart
        first.sigkill();

        StationProcess second = processes.start(station);
        StationConnection again = Wire.awaitBoot(csms, second, "Watchdog");
        Wire.expectSecurityEvent(again, "ResetOrReboot");
        Wire.assertNoMoreCalls(again);
    }

    @Test
    void TC_B_22_Reset_Immediate_is_Accepted_then_the_station_reboots_in_process_with_RemoteReset_then_ResetOrReboot()
            throws Exception {
        StationProcess bridge = processes.start(station);
        StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("Immediate"), Wire.STEP)));
        CloseInfo close = connection.awaitClose(Wire.STEP);
        assertEquals(1000, close.code(), close.toString());

        StationConnection rebooted = Wire.awaitBoot(csms, bridge, "RemoteReset");
        Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
        Wire.assertNoMoreCalls(rebooted);
        assertTrue(bridge.isAlive(), "the default reset restarts inside the process");
        connection.assertNoViolations();
        rebooted.assertNoViolations();
    }

    @Test
    void TC_B_20_B_23_Reset_OnIdle_when_idle_runs_the_reset_command_then_boots_with_RemoteReset() throws Exception {
        Path marker = home.resolve("reset-command-ran");
        Path script = script("reset.sh", "#!/bin/sh\necho ran >> '" + marker + "'\nexit 0\n");
        // The wait for the command to stop the bridge, shortened from its 60 s default.
        StationProcess bridge =
                processes.start(station, "--reset-command", script.toString(), "--reset-command-wait", "1");
        StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("OnIdle"), Wire.STEP)));
        connection.awaitClose(Wire.STEP);

        // The command returned without ending the process, so the bridge restarts in-process.
        StationConnection rebooted = Wire.awaitBoot(csms, bridge, "RemoteReset");
        Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
        assertEquals("ran\n", Files.readString(marker, StandardCharsets.UTF_8), "the reset command ran once");
    }

    @Test
    void a_reset_command_that_kills_the_bridge_leaves_RemoteReset_for_the_next_start_not_Watchdog() throws Exception {
        // Like "systemctl restart": the command ends the bridge's process; the service manager starts it again.
        Path script = script("reset-kill.sh", "#!/bin/sh\nkill -KILL \"$(cat '" + pidFile() + "')\"\n");
        StationProcess first = started("--reset-command", script.toString());
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("Immediate"), Wire.STEP)));
        assertEquals(137, first.awaitExit(Wire.STEP), "killed by its reset command");

        StationProcess second = processes.start(station, "--reset-command", script.toString());
        StationConnection rebooted = Wire.awaitBoot(csms, second, "RemoteReset");
        Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
    }

    @Test
    void B11_a_reset_command_that_returns_before_it_kills_the_bridge_starts_no_second_life_and_leaves_RemoteReset()
            throws Exception {
        // Like "systemctl restart": the command returns at once, and the process is killed a little later.
        Path script = script(
                "reset-later.sh", "#!/bin/sh\n( sleep 3; kill -KILL \"$(cat '" + pidFile() + "')\" ) &\nexit 0\n");
        StationProcess first = started("--reset-command", script.toString());
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("Immediate"), Wire.STEP)));
        connection.awaitClose(Wire.STEP);
        assertEquals(137, first.awaitExit(Wire.STEP), "killed by its reset command");
        // The bridge waited to be stopped, sending nothing: no second connection, no second BootNotification.
        assertEquals(1, csms.connectionCount(), "no in-process restart before the kill");

        StationProcess second = processes.start(station, "--reset-command", script.toString());
        StationConnection rebooted = Wire.awaitBoot(csms, second, "RemoteReset");
        Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
        Wire.assertNoMoreCalls(rebooted);
    }

    @Test
    void B11_a_reset_command_whose_service_manager_stops_the_bridge_with_SIGTERM_leaves_RemoteReset() throws Exception {
        Path script = script(
                "reset-term.sh", "#!/bin/sh\n( sleep 2; kill -TERM \"$(cat '" + pidFile() + "')\" ) &\nexit 0\n");
        StationProcess first = started("--reset-command", script.toString());
        StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
        Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

        assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("Immediate"), Wire.STEP)));
        assertEquals(0, first.awaitExit(Wire.STEP), "stopped cleanly by SIGTERM");
        assertEquals(1, csms.connectionCount(), "no in-process restart before the stop");

        StationProcess second = processes.start(station, "--reset-command", script.toString());
        StationConnection rebooted = Wire.awaitBoot(csms, second, "RemoteReset");
        Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
    }

    @Test
    void TC_B_21_Reset_OnIdle_during_a_log_upload_is_Scheduled_and_the_station_reboots_with_ScheduledReset_after_it()
            throws Exception {
        try (UploadReceiver receiver = UploadReceiver.start(home.resolve("received"), Duration.ofSeconds(20))) {
            StationProcess bridge = processes.start(station);
            StationConnection connection = Wire.awaitBoot(csms, bridge, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
            receiver.mode(UploadReceiver.Mode.SLOW);
            assertEquals("Accepted", Wire.status(connection.call("GetLog", Wire.getLog(21, receiver.uri("/logs/")))));
            Wire.expectStatus(connection, "LogStatusNotification", "Uploading", 21);
            receiver.awaitHolding(Wire.STEP);

            // B12.FR.01: the upload runs, so the reset waits for it.
            assertEquals("Scheduled", Wire.status(connection.call("Reset", Wire.reset("OnIdle"), Wire.STEP)));
            Wire.assertNoMoreCalls(connection);
            assertTrue(connection.isOpen(), "no reset while the upload runs");
            receiver.release();

            Wire.expectStatus(connection, "LogStatusNotification", "Uploaded", 21);
            connection.awaitClose(Wire.STEP);
            StationConnection rebooted = Wire.awaitBoot(csms, bridge, "ScheduledReset");
            Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
            Wire.assertNoMoreCalls(rebooted);
            connection.assertNoViolations();
            rebooted.assertNoViolations();
        }
    }

    @Test
    void B12FR01_a_Scheduled_reset_pending_at_a_SIGKILL_boots_ScheduledReset_not_Watchdog_and_is_not_run_again()
            throws Exception {
        try (UploadReceiver receiver = UploadReceiver.start(home.resolve("received"), Duration.ofSeconds(20))) {
            StationProcess first = processes.start(station);
            StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");
            receiver.mode(UploadReceiver.Mode.SLOW);
            assertEquals("Accepted", Wire.status(connection.call("GetLog", Wire.getLog(41, receiver.uri("/logs/")))));
            Wire.expectStatus(connection, "LogStatusNotification", "Uploading", 41);
            receiver.awaitHolding(Wire.STEP);

            // B12.FR.01: the upload runs, so the reset waits, kept on disk before the answer (issue 14, point 12).
            assertEquals("Scheduled", Wire.status(connection.call("Reset", Wire.reset("OnIdle"), Wire.STEP)));
            Wire.barrier(connection); // Uploading is acknowledged: only the new life's statuses follow
            assertTrue(Files.exists(station.dataDir().resolve("reset.scheduled")), "kept on disk");

            first.sigkill(); // the crash comes before the reset was carried out
            receiver.mode(UploadReceiver.Mode.CREATED);
            receiver.release();

            StationProcess second = processes.start(station);
            // The restart carried the Scheduled reset out: ScheduledReset (TC_B_21), not Watchdog.
            StationConnection rebooted = Wire.awaitBoot(csms, second, "ScheduledReset");
            Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
            Wire.expectStatus(rebooted, "LogStatusNotification", "Uploading", 41);
            Wire.expectStatus(rebooted, "LogStatusNotification", "Uploaded", 41);
            // Consumed by that boot: once the upload has ended the station stays up (no second reset).
            Wire.barrier(rebooted);
            assertFalse(Files.exists(station.dataDir().resolve("reset.scheduled")), "consumed by the boot");
            rebooted.assertNoMoreCalls(Duration.ZERO);
            assertTrue(rebooted.isOpen(), "no second reset");
            rebooted.assertNoViolations();
        }
    }

    /**
     * Where a reset script finds the bridge's pid: the command runs under /bin/sh -c, so $PPID is that shell
     * wherever sh does not exec its last command (dash).
     */
    private Path pidFile() {
        return home.resolve("bridge.pid");
    }

    /** Starts the bridge and writes its pid for the reset script. */
    private StationProcess started(String... arguments) throws IOException {
        StationProcess bridge = processes.start(station, arguments);
        Files.writeString(pidFile(), Long.toString(bridge.pid()));
        return bridge;
    }

    private Path script(String name, String text) throws IOException {
        Path file = home.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
