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

/**
 * The data directory holds download and upload URLs, which can carry credentials (issue 15, point 8): it is
 * created readable by the bridge's user only (0700), the files that can hold a secret are created 0600 by their
 * stores, and at every start a looser directory or file is reported as a warning (the bridge does not change an
 * installer's permissions behind their back).
 */
public final class DataDirectory {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    /**
     * The files that can hold a secret (a URL's {@code user:password@}): the firmware update state
     * (FirmwareStateStore) and the pending log upload (PendingUploadStore), relative to the data directory. The
     * other files (queue, boot reason, device model) hold none, and the 0700 directory covers them.
     */
    static final List<String> SECRET_FILES =
            List.of("firmware/firmware-update.properties", "log-upload/pending-upload.properties");

    private DataDirectory() {}

    /**
     * Creates the directory 0700 when it is missing.
     *
     * @return one warning per directory or file that others may read or enter, each naming the fix
     */
    public static List<String> prepare(Path dataDir) throws IOException {
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
        for (String name : SECRET_FILES) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file) && loose(file)) {
                warnings.add("the data file " + file + " can hold a password and is readable by other users ("
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + "); chmod 600 it");
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
