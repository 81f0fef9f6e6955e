package org.ocppbridge.dist;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The image as a tar.gz under one top directory, owned by root, with each file's mode and modification time as
 * on disk (the class-data archive checks the jar's time; bin/java must stay executable). Symbolic links are kept
 * as links.
 */
final class TarGz {

    private TarGz() {}

    static void pack(Path image, String top, Path tar) throws IOException {
        Files.createDirectories(tar.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tar), 1 << 16);
                GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(file);
                TarArchiveOutputStream out = new TarArchiveOutputStream(gzip);
                Stream<Path> paths = Files.walk(image)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path path : paths.sorted().toList()) {
                String name = top + (path.equals(image) ? "" : "/" + image.relativize(path));
                TarArchiveEntry entry;
                if (Files.isSymbolicLink(path)) {
                    entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(path).toString());
                } else {
                    // Built by hand, not from the Path: that would add PAX headers (creation and access times)
                    // that small tar implementations on boards warn about.
                    entry = new TarArchiveEntry(Files.isDirectory(path) ? name + "/" : name);
                    if (Files.isRegularFile(path)) {
                        entry.setSize(Files.size(path));
                    }
                }
                long seconds = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS)
                        .to(TimeUnit.SECONDS);
                entry.setModTime(FileTime.from(seconds, TimeUnit.SECONDS));
                entry.setMode(mode(path, entry));
                entry.setUserName("root");
                entry.setGroupName("root");
                entry.setIds(0, 0);
                out.putArchiveEntry(entry);
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(path, out);
                }
                out.closeArchiveEntry();
            }
        }
    }

    private static int mode(Path path, TarArchiveEntry entry) throws IOException {
        int type = entry.getMode() & ~0777;
        if (Files.isSymbolicLink(path)) {
            return type | 0777;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << (8 - permission.ordinal());
        }
        // Nothing in the image is writable by anyone but root.
        return type | (bits & 0755);
    }
}
