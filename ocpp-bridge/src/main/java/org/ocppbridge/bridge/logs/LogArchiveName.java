package org.ocppbridge.bridge.logs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The archive's file name, {@code <stationId>-<logType>-<requestId>-<yyyyMMddTHHmmssZ>.tar.gz}: what GetLogResponse
 * {@code filename} carries (never empty, at most 255 characters) and what the server stores.
 */
public final class LogArchiveName {

    /** GetLogResponse.filename is a string of at most 255 characters. */
    public static final int MAX_LENGTH = 255;

    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private LogArchiveName() {}

    public static String of(String stationId, LogType type, int requestId, Instant at) {
        String tail = "-" + type.name() + "-" + requestId + "-" + UTC_STAMP.format(at) + ".tar.gz";
        String station = sanitize(stationId);
        int room = MAX_LENGTH - tail.length();
        if (station.length() > room) {
            station = station.substring(0, room);
        }
        return station + tail;
    }

    /**
     * Keeps letters, digits, dot, dash and underscore, and turns anything else (slashes, colons, spaces, non-ASCII)
     * into an underscore, so the name is safe on any file system and in a URL path. A leading dot is replaced too
     * (no hidden files).
     */
    static String sanitize(String stationId) {
        if (stationId == null || stationId.isEmpty()) {
            return "station";
        }
        StringBuilder out = new StringBuilder(stationId.length());
        for (int i = 0; i < stationId.length(); i++) {
            char c = stationId.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || (c == '.' && i > 0);
            out.append(safe ? c : '_');
        }
        return out.toString();
    }
}
