package org.ocppbridge.bridge.transport;

import java.nio.ByteBuffer;

/** Reads the status code from the start of an HTTP response, to report why an upgrade was refused. */
final class HttpStatusLine {

    private static final int MAX_LINE = 256;

    private HttpStatusLine() {}

    /** The status of a complete status line ("HTTP/1.1 401 Unauthorized") at the buffer's position, or -1. */
    static int statusCode(ByteBuffer buffer) {
        StringBuilder line = new StringBuilder();
        while (buffer.hasRemaining() && line.length() < MAX_LINE) {
            char c = (char) (buffer.get() & 0xff);
            if (c == '\n') {
                String[] parts = line.toString().trim().split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                    return -1;
                }
                try {
                    return Integer.parseInt(parts[1]);
                } catch (NumberFormatException notAStatus) {
                    return -1;
                }
            }
            line.append(c);
        }
        return -1;
    }
}
