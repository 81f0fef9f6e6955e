package org.ocppbridge.bridge.logs;

import java.time.Instant;

/**
 * The time window of a GetLog request: {@code [oldestTimestamp, latestTimestamp]}, both ends inclusive, either end
 * open when null.
 */
public record LogWindow(Instant oldest, Instant latest) {

    /** The window without bounds. */
    public static LogWindow all() {
        return new LogWindow(null, null);
    }

    public boolean contains(Instant t) {
        return (oldest == null || !t.isBefore(oldest)) && (latest == null || !t.isAfter(latest));
    }

    /** False when everything at or after {@code t} lies after the window, so a file last modified at t is out. */
    public boolean endsBefore(Instant t) {
        return oldest != null && t.isBefore(oldest);
    }
}
