package org.ocppbridge.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb and the tar.gz as built by {@code -Pdist}, read back with {@code dpkg-deb} and {@code tar}: metadata,
 * maintainer scripts, owners and modes, the same image in both, and the image unpacked somewhere else still
 * mapping its class-data archive.
 */
class DebPackageIT {

    private static final Path SOURCES = Path.of("src", "deb");

    @TempDir
    Path temp;

    @Test
    void dpkg_deb_info_shows_the_package_for_this_architecture_with_its_maintainer_scripts() throws Exception {
        Path deb = Commands.property("ocppbridge.deb");
        String info = Commands.run(temp, "dpkg-deb", "--info", deb.toString());
        assertTrue(info.contains(" Package: ocpp-bridge\n"), info);
        assertTrue(info.contains(" Architecture: " + Commands.debianArchitecture() + "\n"), info);
        assertTrue(info.contains(" Depends: adduser, systemd\n"), info);
        Path control = temp.resolve("control");
        Commands.run(temp, "dpkg-deb", "--control", deb.toString(), control.toString());
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertEquals(
                    Files.readString(SOURCES.resolve("control").resolve(script)),
                    Files.readString(control.resolve(script)),
                    script);
            assertTrue(Files.isExecutable(control.resolve(script)), script + " is executable in the package");
        }
        assertEquals(List.of("/etc/ocpp-bridge/config.json"), Files.readAllLines(control.resolve("conffiles")));
    }

    @Test
    void dpkg_deb_contents_has_the_image_the_unit_and_a_private_configuration_all_owned_by_root() throws Exception {
        Map<String, String> entries = debEntries();
        assertEquals("drwxr-x--- root/root", entries.get("./etc/ocpp-bridge/"));
        assertEquals("-rw-r----- root/root", entries.get("./etc/ocpp-bridge/config.json"));
        assertEquals("-rw-r--r-- root/root", entries.get("./lib/systemd/system/ocpp-bridge.service"));
        assertEquals("-rwxr-xr-x root/root", entries.get("./opt/ocpp-bridge/bin/java"));
        assertEquals("-rwxr-xr-x root/root", entries.get("./opt/ocpp-bridge/bin/ocpp-bridge"));
        assertEquals("-rwxr-xr-x root/root", entries.get("./opt/ocpp-bridge/bin/ocpp-bridge-reset"));
        assertEquals("-rw-r--r-- root/root", entries.get("./opt/ocpp-bridge/lib/app/ocpp-bridge.jar"));
        assertEquals("-r--r--r-- root/root", entries.get("./opt/ocpp-bridge/lib/ocpp-bridge.jsa"));
        entries.forEach((path, mode) -> {
            assertTrue(mode.endsWith(" root/root"), path + " " + mode);
            if (mode.startsWith("l")) {
                return; // a symbolic link's own mode means nothing (jlink links the legal notices)
            }
            assertEquals('-', mode.charAt(5), path + " is not group-writable: " + mode);
            assertEquals('-', mode.charAt(8), path + " is not world-writable: " + mode);
        });

        Path unpacked = temp.resolve("root");
        Commands.run(temp, "dpkg-deb", "-x", Commands.property("ocppbridge.deb").toString(), unpacked.toString());
        assertEquals(
                Files.readString(SOURCES.resolve("ocpp-bridge.service")),
                Files.readString(unpacked.resolve("lib/systemd/system/ocpp-bridge.service")));
        assertEquals(
                Files.readString(SOURCES.resolve("config.json")),
                Files.readString(unpacked.resolve("etc/ocpp-bridge/config.json")));
    }

    @Test
    void the_tar_gz_holds_the_same_image_as_the_deb() throws Exception {
        Map<String, String> fromDeb = new TreeMap<>();
        debListing().forEach((path, line) -> {
            if (path.startsWith("./opt/ocpp-bridge/")) {
                fromDeb.put(path.substring("./opt/".length()), line);
            }
        });
        Map<String, String> fromTar = listing(Commands.run(
                temp,
                "tar",
                "--list",
                "--verbose",
                "--numeric-owner",
                "--gzip",
                "--file",
                Commands.property("ocppbridge.tar").toString()));
        Map<String, String> tarNamed = new TreeMap<>();
        fromTar.forEach((path, line) -> tarNamed.put(path.startsWith("./") ? path.substring(2) : path, line));
        assertEquals(fromDeb.keySet(), tarNamed.keySet());
        fromDeb.forEach((path, line) -> assertEquals(
                modeAndSize(line), modeAndSize(tarNamed.get(path)), path + " has the same mode and size in both"));
    }

    @Test
    void the_image_unpacked_from_the_deb_elsewhere_maps_its_class_data_archive_and_has_the_listed_modules()
            throws Exception {
        Path unpacked = temp.resolve("root");
        Commands.run(temp, "dpkg-deb", "-x", Commands.property("ocppbridge.deb").toString(), unpacked.toString());
        Path image = unpacked.resolve("opt/ocpp-bridge");
        Path classLog = temp.resolve("classes.log");
        String help = Commands.run(
                temp,
                Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                image.resolve("bin/ocpp-bridge").toString(),
                "--help");
        assertTrue(help.contains("--csms-url"), help);
        List<String> mainLoaded = Files.readAllLines(classLog).stream()
                .filter(line -> line.contains(" org.ocppbridge.bridge.cli.Main "))
                .toList();
        assertEquals(1, mainLoaded.size(), mainLoaded.toString());
        assertTrue(
                mainLoaded.get(0).endsWith("source: shared objects file"),
                "the bridge's classes come from the archive made at build time: " + mainLoaded);

        // The modules asked for (jdeps's answer plus the service and reflection ones) and what they require.
        List<String> listed = Files.readAllLines(image.resolve("lib/ocpp-bridge.modules"));
        assertTrue(listed.containsAll(List.of("java.base", "jdk.crypto.ec", "jdk.unsupported")), listed.toString());
        List<String> present = Commands.run(temp, image.resolve("bin/java").toString(), "--list-modules")
                .lines()
                .map(line -> line.split("@")[0])
                .collect(Collectors.toList());
        assertTrue(present.containsAll(listed), present + " holds " + listed);
        assertTrue(!present.contains("jdk.compiler") && !present.contains("jdk.jlink"), "no JDK tools: " + present);
    }

    /** Path → "mode owner" of every entry of the .deb's data. */
    private Map<String, String> debEntries() throws Exception {
        Map<String, String> entries = new TreeMap<>();
        debListing().forEach((path, line) -> {
            String[] fields = line.split("\\s+");
            entries.put(path, fields[0] + " " + fields[1]);
        });
        return entries;
    }

    private Map<String, String> debListing() throws Exception {
        return listing(Commands.run(
                temp,
                "dpkg-deb",
                "--contents",
                Commands.property("ocppbridge.deb").toString()));
    }

    /** "mode owner size date time path" lines (tar -tv and dpkg-deb -c) by path; links keep their target. */
    private static Map<String, String> listing(String text) {
        Map<String, String> byPath = new TreeMap<>();
        for (String line : text.lines().toList()) {
            String[] fields = line.split("\\s+", 6);
            if (fields.length == 6) {
                byPath.put(fields[5].replaceAll(" -> .*$", ""), line);
            }
        }
        return byPath;
    }

    private static String modeAndSize(String line) {
        String[] fields = line.split("\\s+");
        return fields[0] + " " + fields[2];
    }
}
