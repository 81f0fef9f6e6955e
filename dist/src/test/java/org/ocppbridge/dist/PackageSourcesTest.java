package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.cli.BridgeCommandLine;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.runtime.DataDirectory;

/**
 * The smoke test of the package that runs in every {@code mvn verify} (the package itself is built and tested by
 * {@code -Pdist}): the unit's command line and the shipped configuration are read by the bridge's own parser,
 * the directories the unit gives the service are the ones the bridge is told to use, and the scripts parse and do
 * their one job.
 */
class PackageSourcesTest {

    private static final Path DEB = Path.of("src", "deb");
    private static final Path IMAGE_BIN = Path.of("src", "image", "bin");
    private static final String IMAGE_HOME = "/opt/ocpp-bridge/";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void the_unit_runs_the_image_launcher_as_its_own_user_restarting_it_except_after_a_configuration_error()
            throws Exception {
        SystemdUnit unit = SystemdUnit.read(DEB.resolve("ocpp-bridge.service"));
        assertEquals("ocpp-bridge", unit.value("Service", "User"));
        assertEquals("ocpp-bridge", unit.value("Service", "Group"));
        assertEquals("always", unit.value("Service", "Restart"));
        // Exit 2 is the bridge's "bad configuration" code (BridgeCommandLine.EXIT_USAGE).
        assertEquals(Integer.toString(BridgeCommandLine.EXIT_USAGE), unit.value("Service", "RestartPreventExitStatus"));
        assertEquals("journal", unit.value("Service", "StandardError"));
        assertEquals("multi-user.target", unit.value("Install", "WantedBy"));
        // A Reset is a restart through SIGTERM: no start limit may stop a charger reset again and again.
        assertEquals("0", unit.value("Unit", "StartLimitIntervalSec"));
        List<String> argv = List.of(unit.value("Service", "ExecStart").split(" "));
        assertTrue(argv.get(0).startsWith(IMAGE_HOME), argv.get(0));
        assertTrue(
                Files.isExecutable(IMAGE_BIN.resolve(Path.of(argv.get(0)).getFileName())),
                "the image ships " + argv.get(0));
    }

    @Test
    void the_unit_hands_the_bridge_its_state_and_log_directories_and_the_reset_script() throws Exception {
        SystemdUnit unit = SystemdUnit.read(DEB.resolve("ocpp-bridge.service"));
        List<String> execStart = List.of(unit.value("Service", "ExecStart").split(" "));
        String logDir = "/var/log/" + unit.value("Service", "LogsDirectory");
        assertTrue(execStart.contains("--log-dir=" + logDir), execStart.toString());
        BridgeConfig config = BridgeCommandLine.parse(unitArgs(unit, filledConfig("")));
        assertEquals(Path.of("/var/lib", unit.value("Service", "StateDirectory")), config.dataDir());
        // The parser wants the log directory to exist (systemd makes it): a stand-in took its place.
        assertEquals(Optional.of(temp.resolve("log")), config.logDir());
        String reset = config.resetCommand().orElseThrow();
        assertTrue(reset.startsWith(IMAGE_HOME), reset);
        assertTrue(Files.isExecutable(IMAGE_BIN.resolve(Path.of(reset).getFileName())), "the image ships " + reset);
    }

    @Test
    void the_state_directory_has_a_mode_the_bridge_accepts_for_its_data_directory() throws Exception {
        SystemdUnit unit = SystemdUnit.read(DEB.resolve("ocpp-bridge.service"));
        Path stateDir = Files.createDirectory(temp.resolve("state"));
        Files.setPosixFilePermissions(stateDir, mode(unit.value("Service", "StateDirectoryMode")));
        assertEquals(List.of(), dataDirectoryWarnings(stateDir), "the bridge warns at every start");

        // The same check against a mode that lets the group in (the unit's 0750 before): the bridge warns.
        Files.setPosixFilePermissions(stateDir, mode("0750"));
        assertEquals(1, dataDirectoryWarnings(stateDir).size());
    }

    @Test
    void the_shipped_configuration_is_refused_naming_the_key_to_fill_in_until_it_is_filled_in() throws Exception {
        SystemdUnit unit = SystemdUnit.read(DEB.resolve("ocpp-bridge.service"));
        Path shipped = DEB.resolve("config.json");
        String[] args = unitArgs(unit, shipped);
        ConfigException refused = assertThrows(ConfigException.class, () -> BridgeCommandLine.parse(args));
        assertTrue(refused.getMessage().contains("csms-url"), refused.getMessage());

        BridgeConfig filled =
                BridgeCommandLine.parse(unitArgs(unit, filledConfig(", \"basic-auth-password\": \"s3cret\"")));
        assertEquals("CS001", filled.stationId());
        assertEquals(Optional.of("s3cret"), filled.basicAuthPassword());
    }

    @Test
    void the_reset_script_ends_the_process_that_ran_it_with_SIGTERM() throws Exception {
        Path reset = IMAGE_BIN.resolve("ocpp-bridge-reset").toAbsolutePath();
        // A parent that would otherwise wait 60 s: SIGTERM ends a shell with 128 + 15.
        Process parent = new ProcessBuilder("/bin/sh", "-c", "\"$0\"; sleep 60; exit 0", reset.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(parent.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the parent did not end");
        assertEquals(128 + 15, parent.exitValue());
    }

    @Test
    void every_script_of_the_package_is_valid_sh() throws Exception {
        List<Path> scripts = new ArrayList<>();
        for (String name : List.of("postinst", "prerm", "postrm")) {
            scripts.add(DEB.resolve("control").resolve(name));
        }
        scripts.add(IMAGE_BIN.resolve("ocpp-bridge"));
        scripts.add(IMAGE_BIN.resolve("ocpp-bridge-reset"));
        for (Path script : scripts) {
            assertTrue(Files.readString(script).startsWith("#!/bin/sh\n"), script + " starts with #!/bin/sh");
            assertTrue(Files.isExecutable(script), script + " is executable");
            Process check = new ProcessBuilder("/bin/sh", "-n", script.toString())
                    .redirectErrorStream(true)
                    .start();
            assertTrue(check.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(
                    0,
                    check.exitValue(),
                    script + ": " + new String(check.getInputStream().readAllBytes()));
        }
    }

    @Test
    void postinst_makes_the_configuration_readable_by_the_service_group_only() throws Exception {
        List<String> lines = Files.readAllLines(DEB.resolve("control").resolve("postinst")).stream()
                .map(String::strip)
                .toList();
        assertTrue(lines.contains("adduser --system --group --no-create-home --home /var/lib/ocpp-bridge ocpp-bridge"));
        assertTrue(lines.contains("chown root:ocpp-bridge \"$DPKG_ROOT/etc/ocpp-bridge\""));
        assertTrue(lines.contains("chown root:ocpp-bridge \"$DPKG_ROOT/etc/ocpp-bridge/config.json\""));
        assertTrue(lines.contains("chmod 0750 \"$DPKG_ROOT/etc/ocpp-bridge\""));
        assertTrue(lines.contains("chmod 0640 \"$DPKG_ROOT/etc/ocpp-bridge/config.json\""));
        assertEquals(
                List.of("/etc/ocpp-bridge/config.json"),
                Files.readAllLines(DEB.resolve("control").resolve("conffiles")),
                "the configuration survives upgrades as a conffile");
    }

    /**
     * The unit's ExecStart arguments, with {@code --config} pointing at {@code config} instead of /etc and the log
     * directory (which systemd creates on the board) replaced by a temporary one.
     */
    private String[] unitArgs(SystemdUnit unit, Path config) throws Exception {
        List<String> argv =
                new ArrayList<>(List.of(unit.value("Service", "ExecStart").split(" ")));
        argv.remove(0);
        int at = argv.indexOf("--config=/etc/ocpp-bridge/config.json");
        assertTrue(at >= 0, "the unit reads /etc/ocpp-bridge/config.json: " + argv);
        argv.set(at, "--config=" + config);
        Path log = Files.createDirectories(temp.resolve("log"));
        argv.replaceAll(arg -> arg.startsWith("--log-dir=") ? "--log-dir=" + log : arg);
        return argv.toArray(String[]::new);
    }

    /** The warnings of the bridge's own data-directory check on {@code dir}. */
    private static List<String> dataDirectoryWarnings(Path dir) throws Exception {
        return DataDirectory.prepare(dir);
    }

    /** The permissions of an octal mode such as systemd's {@code 0700}. */
    private static Set<PosixFilePermission> mode(String octal) {
        int bits = Integer.parseInt(octal, 8);
        assertTrue(bits >= 0 && bits <= 0777, "a file mode: " + octal);
        PosixFilePermission[] order = PosixFilePermission.values(); // owner rwx, group rwx, others rwx
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < order.length; i++) {
            if ((bits & (1 << (order.length - 1 - i))) != 0) {
                permissions.add(order[i]);
            }
        }
        return permissions;
    }

    /** The shipped configuration with its two required keys filled in, plus {@code extra} members. */
    private Path filledConfig(String extra) throws Exception {
        String shipped = Files.readString(DEB.resolve("config.json"));
        String filled = shipped.replace("\"csms-url\": \"\"", "\"csms-url\": \"wss://csms.example.com/ocpp\"")
                .replace("\"station-id\": \"\"", "\"station-id\": \"CS001\"");
        int end = filled.lastIndexOf('}');
        Path file = temp.resolve("config.json");
        Files.writeString(file, filled.substring(0, end).stripTrailing() + extra + "\n}\n");
        return file;
    }
}
