package org.ocppbridge.bridge.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's persisted security event log: every security event it raises, appended as one line
 * {@code <ISO instant> TAB <type> TAB <techInfo> LF} to {@code <data-dir>/security-events.log} and forced to disk
 * before {@link #append} returns, so it survives a crash and a restart.
 *
 * <p>A crash in the middle of a write can leave a torn last line (no LF); {@link #open} cuts it off. Tabs, line
 * breaks and backslashes inside type and techInfo are escaped ({@code \t}, {@code \n}, {@code \r}, {@code \\}).
 * Thread-safe.
 */
public final class SecurityEventLog implements AutoCloseable {

    /** The file name inside the data directory. */
    public static final String FILE_NAME = "security-events.log";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventLog.class);

    private final Path file;
    private final FileChannel channel;
    private final Object lock = new Object();

    private SecurityEventLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (or creates) the log in {@code dataDir}, cutting off a torn last line left by a crash. */
    public static SecurityEventLog open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long kept = lastLineEnd(channel);
            if (kept < channel.size()) {
                LOG.warn("Cutting a torn last line ({} bytes) off {}", channel.size() - kept, file);
                channel.truncate(kept);
                channel.force(true);
            }
            channel.position(kept);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new SecurityEventLog(file, channel);
    }

    /** Where the log lives. */
    public Path file() {
        return file;
    }

    /** Appends one event and forces it to disk. */
    public void append(Instant timestamp, String type, String techInfo) throws IOException {
        SecurityEvent event = new SecurityEvent(timestamp, type, techInfo);
        String line = event.timestamp() + "\t" + escape(event.type()) + "\t"
                + (event.techInfo() == null ? "" : escape(event.techInfo())) + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        synchronized (lock) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        }
    }

    /** Streams the events inside {@code window}, oldest first, without holding the log in memory. */
    public void forEach(LogWindow window, Consumer<SecurityEvent> action) throws IOException {
        long length = committedLength();
        try (InputStream in = boundedInput(length);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                SecurityEvent event = parse(line);
                if (event != null && window.contains(event.timestamp())) {
                    action.accept(event);
                }
            }
        }
    }

    /**
     * Copies the raw lines inside {@code window} to {@code out}, as written, up to the last complete line.
     *
     * @return the number of bytes written
     */
    public long copyTo(LogWindow window, OutputStream out) throws IOException {
        long length = committedLength();
        try (InputStream in = boundedInput(length)) {
            return LogLineFilter.copyWindow(in, out, window, length);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + file, e);
            }
        }
    }

    /** The length up to the last complete line; appends hold the lock, so it never ends inside a line. */
    private long committedLength() throws IOException {
        synchronized (lock) {
            return channel.size();
        }
    }

    private InputStream boundedInput(long length) throws IOException {
        FileChannel reader = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = Channels.newInputStream(reader);
        return new InputStream() {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /** The event a line holds; null for a line that is not one (logged once per line, never fatal). */
    private SecurityEvent parse(String line) {
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        if (second < 0) {
            LOG.warn("Skipping a malformed line in {}", file);
            return null;
        }
        try {
            Instant timestamp = Instant.parse(line.substring(0, first));
            String techInfo = unescape(line.substring(second + 1));
            return new SecurityEvent(
                    timestamp, unescape(line.substring(first + 1, second)), techInfo.isEmpty() ? null : techInfo);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            LOG.warn("Skipping a malformed line in {}: {}", file, e.getMessage());
            return null;
        }
    }

    private static long lastLineEnd(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long pos = size;
        while (pos > 0) {
            int len = (int) Math.min(buf.capacity(), pos);
            pos -= len;
            buf.clear().limit(len);
            while (buf.hasRemaining()) {
                if (channel.read(buf, pos + buf.position()) < 0) {
                    throw new IOException("file shrank while reading");
                }
            }
            for (int i = len - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
        }
        return 0;
    }

    static String escape(String s) {
        Objects.requireNonNull(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
