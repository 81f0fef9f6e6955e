package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bridge's own log file, rotated by size (issue 15, point 2): {@code ocpp-bridge.log} is written until it
 * holds {@link #MAX_FILE_BYTES}, then, at the next line's start, it becomes {@code ocpp-bridge.log.1}, the older
 * ones move up by one, and {@code ocpp-bridge.log.}{@value #ROTATED_FILES} is deleted. So the log takes at most
 * {@code (1 + ROTATED_FILES) × MAX_FILE_BYTES} plus one line per file: 5 MiB.
 *
 * <p>A write never throws: a log file that cannot be written or rotated must not stop the bridge (the console
 * still has every line). Thread-safe.
 */
public final class RotatingLogOutput extends OutputStream {

    /** The size at which the current file is rotated. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** How many rotated files are kept besides the current one. */
    public static final int ROTATED_FILES = 4;

    private final Path current;
    private final long maxFileBytes;
    private final int rotatedFiles;
    private OutputStream out;
    private long size;
    private boolean atLineStart = true;

    private RotatingLogOutput(Path current, long maxFileBytes, int rotatedFiles) {
        this.current = current;
        this.maxFileBytes = maxFileBytes;
        this.rotatedFiles = rotatedFiles;
    }

    /** Appends to the log of {@code logDir} with the documented limits. */
    public static RotatingLogOutput open(Path logDir) throws IOException {
        return open(LogArchiver.ownLogFile(logDir), MAX_FILE_BYTES, ROTATED_FILES);
    }

    static RotatingLogOutput open(Path current, long maxFileBytes, int rotatedFiles) throws IOException {
        Files.createDirectories(current.toAbsolutePath().getParent());
        RotatingLogOutput log = new RotatingLogOutput(current, maxFileBytes, rotatedFiles);
        log.out = Files.newOutputStream(current, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        log.size = Files.size(current);
        return log;
    }

    /** The rotated files of a log, newest first ({@code .1}, {@code .2}, ...), those that exist. */
    public static List<Path> rotated(Path current) {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= ROTATED_FILES; i++) {
            Path file = rotatedName(current, i);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    /** Whether {@code file} is the current or a rotated file of the log {@code current}. */
    public static boolean isPartOf(Path current, Path file) {
        String name = file.getFileName().toString();
        String base = current.getFileName().toString();
        return name.equals(base) || name.matches(java.util.regex.Pattern.quote(base) + "\\.[1-9][0-9]*");
    }

    private static Path rotatedName(Path current, int index) {
        return current.resolveSibling(current.getFileName() + "." + index);
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        // Only at a line's start, so a line is never split across two files (GetLog cuts by line).
        if (atLineStart && size >= maxFileBytes) {
            rotate();
        }
        if (out == null) {
            return;
        }
        try {
            out.write(b, off, len);
            size += len;
        } catch (IOException e) {
            closeQuietly();
        }
        atLineStart = b[off + len - 1] == '\n';
    }

    @Override
    public synchronized void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                closeQuietly();
            }
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void rotate() {
        closeQuietly();
        try {
            Files.deleteIfExists(rotatedName(current, rotatedFiles));
            for (int i = rotatedFiles - 1; i >= 1; i--) {
                Path from = rotatedName(current, i);
                if (Files.exists(from)) {
                    Files.move(from, rotatedName(current, i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (rotatedFiles > 0) {
                Files.move(current, rotatedName(current, 1), StandardCopyOption.REPLACE_EXISTING);
            }
            out = Files.newOutputStream(
                    current, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            size = 0;
        } catch (IOException e) {
            // Cannot rotate (disk, permissions): stop writing the file rather than let it grow without bound.
            out = null;
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Nothing to report to: this is the log itself.
            }
            out = null;
        }
    }
}
