package org.ocppbridge.bridge.runtime;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds download and upload URLs, which can carry credentials (issue 15, point 8): it is
 * created readable by the bridge's user only (0700), the files that can hold a secret are created 0600 by their
 * stores, and at every start a looser directory or file is reported as a warning (the bridge does not change an
 * installer's permissions behind their back).
 */
final class DataDirectory {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    /** How deep the start-up check looks: the bridge's own layout is two levels. */
    private static final int DEPTH = 3;

    private DataDirectory() {}

    /**
     * Creates the directory 0700 when it is missing.
     *
     * @return one warning per directory or file that others may read or enter, each naming the fix
     */
    static List<String> prepare(Path dataDir) throws IOException {
        if (!posix()) {
            Files.createDirectories(dataDir);
            return List.of();
        }
        if (!Files.exists(dataDir)) {
            Files.createDirectories(
                    dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        if (loose(dataDir)) {
            warnings.add("the data directory " + dataDir + " is open to other users ("
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))
                    + ") and can hold URLs with passwords; chmod 700 it");
        }
        try (Stream<Path> files = Files.walk(dataDir, DEPTH)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && loose(file)) {
                    warnings.add("the data file " + file + " is readable by other users ("
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + "); chmod 600 it");
                }
            }
        }
        return warnings;
    }

    private static boolean loose(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        permissions.retainAll(OTHERS);
        return !permissions.isEmpty();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
