package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the bridge's user may read: the directory is 0700, every file 0600 from the moment it exists (the
 * temporary file is created with those permissions, so no other user can open it in between). Each write goes to
 * a temporary file that is forced and renamed over the old one, so a crash leaves the old content or the new.
 * On a file system without POSIX permissions the files are written the same way, without the modes.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates {@code dir} (and its parents) and narrows its permissions to 0700. */
    public static void createDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
    }

    /** Replaces {@code file} with {@code content}, atomically and durably, as a 0600 file. */
    public static void write(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // a leftover of a crash mid-write
        try {
            if (posix(file.getParent())) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(temp);
            }
        } catch (FileAlreadyExistsException raced) {
            throw new IOException(temp + " appeared while it was being written; is a second bridge running?", raced);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView("posix");
    }
}
