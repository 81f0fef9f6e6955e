package org.ocppbridge.bridge.logs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.transfer.UploadMethod;

/**
 * The settings of log collection and upload, parsed once by the CLI.
 *
 * @param stationId the station identity, the first part of the archive name
 * @param logDir {@code --log-dir}: the logs a DiagnosticsLog collects; null when there is none
 * @param dataDir {@code --data-dir}: the security event log and the upload state live here
 * @param httpMethod {@code log-upload-method}: PUT (default) or multipart/form-data POST
 * @param connectTimeout how long to wait for the server's connection
 * @param transferTimeout how long a read from the server may block (reply to the body, FTP replies)
 * @param defaultAttempts attempts in all when the request has no {@code retries}
 * @param defaultRetryIntervalS seconds between attempts when the request has no {@code retryInterval}
 * @param csmsCaPem {@code --csms-ca}: trusted for https and ftps uploads besides the JVM's trust store; null
 *     when not given
 * @param reportEachAttempt {@code log-upload-failure-report}: a failure status after every failed attempt (and
 *     Uploading again for the next), or only one after the last (N01.FR.10, ER §2.13.1 and §6.1.29)
 */
public record LogUploadSettings(
        String stationId,
        Path logDir,
        Path dataDir,
        UploadMethod httpMethod,
        Duration connectTimeout,
        Duration transferTimeout,
        int defaultAttempts,
        int defaultRetryIntervalS,
        Path csmsCaPem,
        boolean reportEachAttempt) {

    public LogUploadSettings {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(transferTimeout, "transferTimeout");
        if (defaultAttempts < 1) {
            throw new IllegalArgumentException("defaultAttempts must be at least 1");
        }
        if (defaultRetryIntervalS < 0) {
            throw new IllegalArgumentException("defaultRetryIntervalS must not be negative");
        }
    }

    /** As the canonical constructor, reporting a failure status after each attempt (the default). */
    public LogUploadSettings(
            String stationId,
            Path logDir,
            Path dataDir,
            UploadMethod httpMethod,
            Duration connectTimeout,
            Duration transferTimeout,
            int defaultAttempts,
            int defaultRetryIntervalS,
            Path csmsCaPem) {
        this(
                stationId,
                logDir,
                dataDir,
                httpMethod,
                connectTimeout,
                transferTimeout,
                defaultAttempts,
                defaultRetryIntervalS,
                csmsCaPem,
                true);
    }

    /** The defaults of {@link ConfigDefaults}: PUT, 20 s to connect, 60 s per read, one attempt, 60 s apart. */
    public static LogUploadSettings defaults(String stationId, Path logDir, Path dataDir) {
        return new LogUploadSettings(
                stationId,
                logDir,
                dataDir,
                UploadMethod.PUT,
                ConfigDefaults.LOG_CONNECT_TIMEOUT,
                ConfigDefaults.LOG_TRANSFER_TIMEOUT,
                ConfigDefaults.LOG_ATTEMPTS,
                ConfigDefaults.LOG_RETRY_INTERVAL_S,
                null);
    }

    /** Where archives are built and the upload state is kept: {@code <data-dir>/log-upload}. */
    public Path workDir() {
        return dataDir.resolve("log-upload");
    }
}
