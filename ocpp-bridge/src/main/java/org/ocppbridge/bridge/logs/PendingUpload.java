package org.ocppbridge.bridge.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * The accepted GetLog request that is being worked on, as persisted in the data directory so that a restart ends
 * it with a reported status.
 *
 * @param requestId the GetLog requestId (-1 when the system request had none)
 * @param location the remoteLocation as received
 * @param type the log type
 * @param fileName the archive name given in the response
 * @param attempts how many attempts in all (system {@code retries})
 * @param retryIntervalS seconds between attempts
 * @param oldest the window's start, or null
 * @param latest the window's end, or null
 * @param attemptsStarted how many attempts were started so far
 */
public record PendingUpload(
        int requestId,
        String location,
        LogType type,
        String fileName,
        int attempts,
        int retryIntervalS,
        Instant oldest,
        Instant latest,
        int attemptsStarted) {

    public PendingUpload {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (retryIntervalS < 0 || attemptsStarted < 0) {
            throw new IllegalArgumentException("retryIntervalS and attemptsStarted must not be negative");
        }
    }

    public LogWindow window() {
        return new LogWindow(oldest, latest);
    }

    PendingUpload withAttemptsStarted(int started) {
        return new PendingUpload(
                requestId, location, type, fileName, attempts, retryIntervalS, oldest, latest, started);
    }

    PendingUpload withAttempts(int total, int started) {
        return new PendingUpload(requestId, location, type, fileName, total, retryIntervalS, oldest, latest, started);
    }
}
