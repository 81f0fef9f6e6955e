package org.ocppbridge.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * Issue 18: the package's systemd unit resets the station with a command that ends the bridge with SIGTERM (its
 * Restart=always starts the next life). The SIGTERM arrives after the reset has already closed the life, so the
 * stop must still be the clean one: exit 0, and RemoteReset for the next start.
 */
class ResetBySigtermIT {

    @RegisterExtension
    final BridgeProcesses processes = new BridgeProcesses();

    @TempDir
    Path home;

    @Test
    void B11_a_reset_command_that_sends_SIGTERM_to_the_bridge_ends_it_with_exit_0_and_the_next_start_is_RemoteReset()
            throws Exception {
        Path script = home.resolve("reset-term.sh");
        // The bridge's pid from a file the test writes: the command runs under /bin/sh -c, so $PPID is that shell
        // wherever sh does not exec its last command (dash).
        Path pid = home.resolve("bridge.pid");
        Files.writeString(script, "#!/bin/sh\nkill -TERM \"$(cat '" + pid + "')\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            BridgeStation station = new BridgeStation(csms.url(), "CS-TERM", home);
            StationProcess first = processes.start(station, "--reset-command", script.toString());
            Files.writeString(pid, Long.toString(first.pid()));
            StationConnection connection = Wire.awaitBoot(csms, first, "PowerUp");
            Wire.expectSecurityEvent(connection, "StartupOfTheDevice");

            assertEquals("Accepted", Wire.status(connection.call("Reset", Wire.reset("Immediate"), Wire.STEP)));
            assertEquals(0, first.awaitExit(Wire.STEP), "a clean stop, as the service manager expects");
            assertEquals(1, csms.connectionCount(), "no second life inside the ended process");

            StationProcess second = processes.start(station, "--reset-command", script.toString());
            StationConnection rebooted = Wire.awaitBoot(csms, second, "RemoteReset");
            Wire.expectSecurityEvent(rebooted, "ResetOrReboot");
            connection.assertNoViolations();
            rebooted.assertNoViolations();
        }
    }
}
