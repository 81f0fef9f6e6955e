package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Copies the lines of a log whose timestamp lies inside a window, byte for byte, with one fixed buffer whatever the
 * length of a line or file.
 *
 * <p>A line's timestamp is its first token (up to a space, tab or end of line), an ISO-8601 instant or offset
 * date-time such as {@code 2026-01-01T10:00:00.123Z}. A line without one (a stack trace, a wrapped message) belongs
 * to the entry above it; lines before the first timestamp count as inside only when the window has no start.
 */
final class LogLineFilter {

    private static final int MAX_TOKEN = 64;
    private static final int BUFFER = 64 * 1024;

    private LogLineFilter() {}

    /**
     * Copies the lines of {@code in} that lie in {@code window} to {@code out}, reading at most {@code limit} bytes.
     *
     * @return the number of bytes written
     */
    static long copyWindow(InputStream in, OutputStream out, LogWindow window, long limit) throws IOException {
        byte[] buf = new byte[BUFFER];
        byte[] token = new byte[MAX_TOKEN];
        int tokenLen = 0;
        boolean atToken = true;
        boolean include = window.oldest() == null;
        long written = 0;
        long remaining = limit;
        while (remaining > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
            if (n < 0) {
                break;
            }
            remaining -= n;
            int i = 0;
            while (i < n) {
                if (atToken) {
                    byte b = buf[i];
                    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || tokenLen == MAX_TOKEN) {
                        include = decide(token, tokenLen, window, include);
                        atToken = false;
                        if (include) {
                            out.write(token, 0, tokenLen);
                            written += tokenLen;
                        }
                    } else {
                        token[tokenLen++] = b;
                        i++;
                    }
                    continue;
                }
                int newline = indexOf(buf, i, n);
                int end = newline < 0 ? n : newline + 1;
                if (include) {
                    out.write(buf, i, end - i);
                    written += end - i;
                }
                i = end;
                if (newline >= 0) {
                    atToken = true;
                    tokenLen = 0;
                }
            }
        }
        if (atToken && tokenLen > 0 && decide(token, tokenLen, window, include)) {
            out.write(token, 0, tokenLen);
            written += tokenLen;
        }
        return written;
    }

    private static boolean decide(byte[] token, int len, LogWindow window, boolean previous) {
        Instant t = timestamp(token, len);
        return t == null ? previous : window.contains(t);
    }

    /** The instant a token names, or null when it names none. */
    static Instant timestamp(byte[] token, int len) {
        // Cheap test first: continuation lines rarely start with a year.
        if (len < 20 || !isDigit(token[0]) || token[4] != '-' || token[10] != 'T') {
            return null;
        }
        String s = new String(token, 0, len, StandardCharsets.ISO_8859_1);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notAnOffsetTime) {
                return null;
            }
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int indexOf(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
