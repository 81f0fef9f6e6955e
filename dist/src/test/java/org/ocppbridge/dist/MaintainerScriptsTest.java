package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's maintainer scripts run by {@code sh} as dpkg runs them, into a temporary root given as
 * {@code DPKG_ROOT}, with stub commands that record what they were asked (see {@link ScriptSandbox}): the exact
 * commands for install, upgrade, remove and purge. The parts that act on the running service manager are
 * guarded by {@code /run/systemd/system}, which is about the machine running the test: they are checked with
 * {@code DPKG_ROOT} unset and expected iff that directory exists here.
 */
class MaintainerScriptsTest {

    private static final Path CONTROL = Path.of("src", "deb", "control");
    private static final boolean SYSTEMD_RUNNING = Files.isDirectory(Path.of("/run/systemd/system"));
    private static final String ADDUSER =
            "adduser --system --group --no-create-home --home /var/lib/ocpp-bridge ocpp-bridge";

    @TempDir
    Path temp;

    private ScriptSandbox sandbox;
    private Path root;

    /** A root as dpkg leaves it before postinst: the package's files, plus state and logs of an earlier life. */
    @BeforeEach
    void installedRoot() throws Exception {
        sandbox = new ScriptSandbox(temp);
        root = Files.createDirectories(temp.resolve("root"));
        Files.createDirectories(root.resolve("etc/ocpp-bridge"));
        Files.writeString(root.resolve("etc/ocpp-bridge/config.json"), "{}\n");
        Files.createDirectories(root.resolve("var/lib/ocpp-bridge/firmware"));
        Files.writeString(root.resolve("var/lib/ocpp-bridge/boot-reason"), "RemoteReset\n");
        Files.createDirectories(root.resolve("var/log/ocpp-bridge"));
        Files.writeString(root.resolve("var/log/ocpp-bridge/ocpp-bridge.log"), "started\n");
        Files.writeString(root.resolve("etc/hostname"), "board\n");
    }

    @Test
    void postinst_configure_on_a_fresh_root_adds_the_user_restricts_the_configuration_and_enables_the_unit_offline()
            throws Exception {
        ScriptSandbox.Run run = inRoot("postinst", false, "configure");
        // No daemon-reload or restart: installing into another root never acts on this machine's manager.
        assertEquals(
                List.of(
                        "getent passwd ocpp-bridge",
                        ADDUSER,
                        "chown root:ocpp-bridge " + root + "/etc/ocpp-bridge",
                        "chmod 0750 " + root + "/etc/ocpp-bridge",
                        "chown root:ocpp-bridge " + root + "/etc/ocpp-bridge/config.json",
                        "chmod 0640 " + root + "/etc/ocpp-bridge/config.json",
                        "systemctl --root=" + root + " enable ocpp-bridge.service"),
                run.calls());
    }

    @Test
    void postinst_configure_on_upgrade_keeps_the_existing_user() throws Exception {
        ScriptSandbox.Run run = inRoot("postinst", true, "configure", "1.0.0");
        assertEquals("getent passwd ocpp-bridge", run.calls().get(0));
        assertFalse(run.calls().contains(ADDUSER), run.calls().toString());
        assertTrue(
                run.calls().contains("systemctl --root=" + root + " enable ocpp-bridge.service"),
                run.calls().toString());
    }

    @Test
    void postinst_configure_succeeds_when_the_admin_deleted_the_conffile() throws Exception {
        Files.delete(root.resolve("etc/ocpp-bridge/config.json"));
        ScriptSandbox.Run run = inRoot("postinst", true, "configure", "1.0.0");
        assertEquals(
                List.of(
                        "getent passwd ocpp-bridge",
                        "chown root:ocpp-bridge " + root + "/etc/ocpp-bridge",
                        "chmod 0750 " + root + "/etc/ocpp-bridge",
                        "systemctl --root=" + root + " enable ocpp-bridge.service"),
                run.calls());
    }

    @Test
    void prerm_remove_disables_the_unit_while_its_file_still_exists() throws Exception {
        assertEquals(
                List.of("systemctl --root=" + root + " disable ocpp-bridge.service"),
                inRoot("prerm", true, "remove").calls());
    }

    @Test
    void prerm_upgrade_keeps_the_unit_enabled() throws Exception {
        assertEquals(List.of(), inRoot("prerm", true, "upgrade", "1.1.0").calls());
    }

    @Test
    void prerm_on_this_machine_disables_on_remove_and_stops_the_service_iff_systemd_runs_here() throws Exception {
        List<String> stop = SYSTEMD_RUNNING ? List.of("systemctl stop ocpp-bridge.service") : List.of();
        assertEquals(
                concat(List.of("systemctl disable ocpp-bridge.service"), stop),
                onThisMachine("prerm", "remove").calls());
        assertEquals(stop, onThisMachine("prerm", "upgrade", "1.1.0").calls());
    }

    @Test
    void postrm_remove_leaves_the_files_and_only_reloads_the_running_manager() throws Exception {
        assertEquals(List.of(), inRoot("postrm", true, "remove").calls());
        assertTrue(Files.isRegularFile(root.resolve("etc/ocpp-bridge/config.json")));
        assertTrue(Files.isRegularFile(root.resolve("var/lib/ocpp-bridge/boot-reason")));
        assertEquals(
                SYSTEMD_RUNNING ? List.of("systemctl daemon-reload") : List.of(),
                onThisMachine("postrm", "remove").calls());
    }

    @Test
    void postrm_purge_removes_configuration_state_logs_and_the_user() throws Exception {
        ScriptSandbox.Run run = inRoot("postrm", true, "purge");
        assertEquals(
                List.of(
                        "rm -rf " + root + "/etc/ocpp-bridge " + root + "/var/lib/ocpp-bridge " + root
                                + "/var/log/ocpp-bridge",
                        "getent passwd ocpp-bridge",
                        "deluser --system ocpp-bridge"),
                run.calls());
        for (String gone : List.of("etc/ocpp-bridge", "var/lib/ocpp-bridge", "var/log/ocpp-bridge")) {
            assertFalse(Files.exists(root.resolve(gone)), gone);
        }
        assertTrue(Files.isRegularFile(root.resolve("etc/hostname")), "nothing else goes");
        assertTrue(Files.isDirectory(root.resolve("var/lib")), "nothing else goes");
    }

    @Test
    void postrm_purge_without_the_user_deletes_no_user() throws Exception {
        List<String> calls = inRoot("postrm", false, "purge").calls();
        assertEquals("getent passwd ocpp-bridge", calls.get(calls.size() - 1), calls.toString());
        assertFalse(Files.exists(root.resolve("etc/ocpp-bridge")));
    }

    @Test
    void the_sandbox_fails_a_script_that_names_a_path_outside_the_test_root() throws Exception {
        // Paths that do not exist, so even a broken guard could delete nothing.
        for (String line : List.of(
                "rm -rf /nonexistent-ocpp-bridge-sandbox-check",
                "rm -rf \"$DPKG_ROOT/../nonexistent-ocpp-bridge-sandbox-check\"",
                "chmod 0640 /nonexistent-ocpp-bridge-sandbox-check || true")) {
            Path script = temp.resolve("escape");
            Files.writeString(script, "#!/bin/sh\n" + line + "\n");
            AssertionError refused =
                    assertThrows(AssertionError.class, () -> sandbox.run(script, Optional.of(root), true), line);
            assertTrue(refused.getMessage().contains("outside"), refused.getMessage());
        }
    }

    /** Runs {@code script} into the temporary root and expects exit 0. */
    private ScriptSandbox.Run inRoot(String script, boolean userExists, String... args) throws Exception {
        return expectSuccess(sandbox.run(CONTROL.resolve(script), Optional.of(root), userExists, args));
    }

    /** Runs {@code script} with DPKG_ROOT unset (only for the parts that touch no file) and expects exit 0. */
    private ScriptSandbox.Run onThisMachine(String script, String... args) throws Exception {
        return expectSuccess(sandbox.run(CONTROL.resolve(script), Optional.empty(), true, args));
    }

    private static ScriptSandbox.Run expectSuccess(ScriptSandbox.Run run) {
        assertEquals(0, run.exitCode(), run.output() + "\ncalls: " + run.calls());
        return run;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
