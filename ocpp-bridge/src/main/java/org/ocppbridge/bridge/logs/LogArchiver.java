package org.ocppbridge.bridge.logs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the tar.gz of one GetLog request, streamed from the sources into the target file.
 *
 * <ul>
 *   <li>DiagnosticsLog: {@value #OWN_LOG_ENTRY}, the bridge's own log cut to the window line by line, preceded
 *       by its rotated files ({@code ocpp-bridge.log.4} … {@code .1}, oldest first) cut the same way; and
 *       {@code logs/<path>} for every other regular file under the log directory (recursively, symbolic links not
 *       followed) that was last modified at or after the window's start. Such a file may also hold entries after
 *       the window's end: only the bridge's own log has a known line format to cut.
 *   <li>SecurityLog: {@value #SECURITY_ENTRY}, the security event log cut to the window.
 * </ul>
 *
 * <p>Cut entries are staged in the work directory first (a tar header needs the size in advance), then added.
 */
public final class LogArchiver {

    /** The bridge writes its own log here, inside the log directory. */
    public static final String OWN_LOG_FILE_NAME = "ocpp-bridge.log";

    static final String OWN_LOG_ENTRY = "ocpp-bridge.log";
    static final String SECURITY_ENTRY = "security-events.log";
    static final String FILES_PREFIX = "logs/";

    private static final Logger LOG = LoggerFactory.getLogger(LogArchiver.class);

    private final Path logDir;
    private final SecurityEventLog securityLog;
    private final Path workDir;
    private final Clock clock;

    /**
     * @param logDir the log directory ({@code --log-dir}); null when the bridge has none
     * @param securityLog the bridge's security event log
     * @param workDir where archives and staged entries are built; left out of the archive
     * @param clock the time stamp of cut entries
     */
    public LogArchiver(Path logDir, SecurityEventLog securityLog, Path workDir, Clock clock) {
        this.logDir = logDir;
        this.securityLog = Objects.requireNonNull(securityLog, "securityLog");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The documented place of the bridge's own log: {@code <log-dir>/ocpp-bridge.log}. */
    public static Path ownLogFile(Path logDir) {
        return logDir.resolve(OWN_LOG_FILE_NAME);
    }

    /**
     * Writes the archive of {@code type} restricted to {@code window} to {@code target}.
     *
     * @return the number of entries written
     */
    public long write(LogType type, LogWindow window, Path target) throws IOException {
        Files.createDirectories(workDir);
        try (TarGzWriter tar = new TarGzWriter(Files.newOutputStream(target))) {
            switch (type) {
                case DiagnosticsLog -> writeDiagnostics(tar, window);
                case SecurityLog -> addCut(tar, SECURITY_ENTRY, out -> securityLog.copyTo(window, out));
            }
            return tar.entryCount();
        }
    }

    private void writeDiagnostics(TarGzWriter tar, LogWindow window) throws IOException {
        if (logDir == null || !Files.isDirectory(logDir)) {
            return;
        }
        Path ownLog = ownLogFile(logDir);
        // The rotated files too, oldest first, each under its own name (RotatingLogOutput).
        List<Path> ownFiles = new ArrayList<>(RotatingLogOutput.rotated(ownLog));
        java.util.Collections.reverse(ownFiles);
        ownFiles.add(ownLog);
        for (Path file : ownFiles) {
            // A rotated file last written before the window holds none of it; the current one always goes.
            if (Files.isRegularFile(file) && (file == ownLog || !window.endsBefore(modifiedOrEpoch(file)))) {
                addOwnLog(tar, file, window);
            }
        }
        for (Path file : filesModifiedInWindow(window, ownLog)) {
            addWhole(tar, file);
        }
    }

    private void addOwnLog(TarGzWriter tar, Path file, LogWindow window) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            // Only what was there when the cut began: the bridge keeps logging meanwhile.
            long size = Files.size(file);
            addCut(tar, name, out -> LogLineFilter.copyWindow(in, out, window, size));
        } catch (java.nio.file.NoSuchFileException e) {
            // Rotated away between listing and opening: its lines are in the next older file.
            LOG.warn("Leaving {} out of the log archive: rotated meanwhile", file);
        }
    }

    private static Instant modifiedOrEpoch(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private List<Path> filesModifiedInWindow(LogWindow window, Path ownLog) throws IOException {
        Path work = workDir.toAbsolutePath().normalize();
        Path own = ownLog.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(logDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.toAbsolutePath().normalize().equals(work)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Instant modified = attrs.lastModifiedTime().toInstant();
                // A file last written before the window opened holds no entry inside it.
                boolean ownLogFile =
                        file.toAbsolutePath().normalize().getParent().equals(own.getParent())
                                && RotatingLogOutput.isPartOf(own, file);
                if (attrs.isRegularFile() && !ownLogFile && !window.endsBefore(modified)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                LOG.warn("Leaving {} out of the log archive: {}", file, e.toString());
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private void addWhole(TarGzWriter tar, Path file) throws IOException {
        String name = FILES_PREFIX + logDir.relativize(file).toString().replace('\\', '/');
        InputStream in;
        long size;
        Instant modified;
        try {
            in = Files.newInputStream(file);
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            // Rotated away or unreadable between listing and reading: the rest of the logs still go up.
            LOG.warn("Leaving {} out of the log archive: {}", file, e.toString());
            return;
        }
        try (in) {
            tar.addFile(name, size, modified, in);
        }
    }

    private void addCut(TarGzWriter tar, String name, Cut cut) throws IOException {
        Path staged = Files.createTempFile(workDir, "entry-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 64 * 1024)) {
                cut.writeTo(out);
            }
            try (InputStream in = Files.newInputStream(staged)) {
                tar.addFile(name, Files.size(staged), clock.instant(), in);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @FunctionalInterface
    private interface Cut {
        long writeTo(OutputStream out) throws IOException;
    }
}
