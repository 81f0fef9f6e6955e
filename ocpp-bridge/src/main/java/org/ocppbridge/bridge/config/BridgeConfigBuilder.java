package org.ocppbridge.bridge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Builds a {@link BridgeConfig} starting from {@link ConfigDefaults}; the record's constructor checks the result. */
public final class BridgeConfigBuilder {
    private URI csmsUrl;
    private String stationId;
    private Path dataDir = ConfigDefaults.DATA_DIR;
    private Optional<Path> logDir = Optional.empty();
    private Optional<String> basicAuthPassword = Optional.empty();
    private Optional<Path> csmsCa = Optional.empty();
    private Optional<Path> clientCert = Optional.empty();
    private Optional<Path> clientKey = Optional.empty();
    private Optional<Path> firmwareTrustAnchor = Optional.empty();
    private Optional<Path> firmwareCrl = Optional.empty();
    private boolean allowUnsignedFirmware = ConfigDefaults.ALLOW_UNSIGNED_FIRMWARE;
    private String vendor = ConfigDefaults.VENDOR;
    private String model = ConfigDefaults.MODEL;
    private Optional<String> firmwareVersion = Optional.empty();
    private Optional<String> installCommand = Optional.empty();
    private Optional<String> resetCommand = Optional.empty();
    private Duration callTimeout = ConfigDefaults.CALL_TIMEOUT;
    private Duration heartbeatIntervalDefault = ConfigDefaults.HEARTBEAT_INTERVAL_DEFAULT;
    private Duration bootRetryDefault = ConfigDefaults.BOOT_RETRY_DEFAULT;
    private Duration retryBackOffWaitMinimum = ConfigDefaults.RETRY_BACKOFF_WAIT_MINIMUM;
    private Duration retryBackOffRandomRange = ConfigDefaults.RETRY_BACKOFF_RANDOM_RANGE;
    private int retryBackOffRepeatTimes = ConfigDefaults.RETRY_BACKOFF_REPEAT_TIMES;
    private Duration pingInterval = ConfigDefaults.PING_INTERVAL;
    private int queueCapacity = ConfigDefaults.QUEUE_CAPACITY;
    private LogUploadMethod logUploadMethod = ConfigDefaults.LOG_UPLOAD_METHOD;
    private Optional<Path> systemSocket = Optional.empty();
    private Optional<ListenAddress> systemListen = Optional.empty();
    private Duration systemTimeout = ConfigDefaults.SYSTEM_TIMEOUT;
    private Duration resetCommandWait = ConfigDefaults.RESET_COMMAND_WAIT;
    private LogUploadFailureReport logUploadFailureReport = ConfigDefaults.LOG_UPLOAD_FAILURE_REPORT;

    BridgeConfigBuilder(URI csmsUrl, String stationId) {
        this.csmsUrl = Objects.requireNonNull(csmsUrl, "csmsUrl");
        this.stationId = Objects.requireNonNull(stationId, "stationId");
    }

    public BridgeConfigBuilder csmsUrl(URI value) {
        csmsUrl = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder stationId(String value) {
        stationId = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder dataDir(Path value) {
        dataDir = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder logDir(Path value) {
        logDir = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder basicAuthPassword(String value) {
        basicAuthPassword = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder csmsCa(Path value) {
        csmsCa = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder clientCert(Path value) {
        clientCert = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder clientKey(Path value) {
        clientKey = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder firmwareTrustAnchor(Path value) {
        firmwareTrustAnchor = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder firmwareCrl(Path value) {
        firmwareCrl = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder allowUnsignedFirmware(boolean value) {
        allowUnsignedFirmware = value;
        return this;
    }

    public BridgeConfigBuilder vendor(String value) {
        vendor = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder model(String value) {
        model = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder firmwareVersion(String value) {
        firmwareVersion = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder installCommand(String value) {
        installCommand = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder resetCommand(String value) {
        resetCommand = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder callTimeout(Duration value) {
        callTimeout = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder heartbeatIntervalDefault(Duration value) {
        heartbeatIntervalDefault = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder bootRetryDefault(Duration value) {
        bootRetryDefault = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder retryBackOffWaitMinimum(Duration value) {
        retryBackOffWaitMinimum = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder retryBackOffRandomRange(Duration value) {
        retryBackOffRandomRange = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder retryBackOffRepeatTimes(int value) {
        retryBackOffRepeatTimes = value;
        return this;
    }

    public BridgeConfigBuilder pingInterval(Duration value) {
        pingInterval = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder queueCapacity(int value) {
        queueCapacity = value;
        return this;
    }

    public BridgeConfigBuilder logUploadMethod(LogUploadMethod value) {
        logUploadMethod = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder systemSocket(Path value) {
        systemSocket = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder systemListen(ListenAddress value) {
        systemListen = Optional.of(value);
        return this;
    }

    public BridgeConfigBuilder logUploadFailureReport(LogUploadFailureReport value) {
        logUploadFailureReport = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder resetCommandWait(Duration value) {
        resetCommandWait = Objects.requireNonNull(value);
        return this;
    }

    public BridgeConfigBuilder systemTimeout(Duration value) {
        systemTimeout = Objects.requireNonNull(value);
        return this;
    }

    /** @throws ConfigException naming the flag of the first value that cannot be used */
    public BridgeConfig build() {
        return new BridgeConfig(
                csmsUrl,
                stationId,
                dataDir,
                logDir,
                basicAuthPassword,
                csmsCa,
                clientCert,
                clientKey,
                firmwareTrustAnchor,
                firmwareCrl,
                allowUnsignedFirmware,
                vendor,
                model,
                firmwareVersion,
                installCommand,
                resetCommand,
                callTimeout,
                heartbeatIntervalDefault,
                bootRetryDefault,
                retryBackOffWaitMinimum,
                retryBackOffRandomRange,
                retryBackOffRepeatTimes,
                pingInterval,
                queueCapacity,
                logUploadMethod,
                systemSocket,
                systemListen,
                systemTimeout,
                resetCommandWait,
                logUploadFailureReport);
    }
}
