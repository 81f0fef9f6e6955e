package org.ocppbridge.bridge.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ocppbridge.bridge.config.BridgeConfig;
import org.ocppbridge.bridge.config.BridgeConfigBuilder;
import org.ocppbridge.bridge.config.ConfigDefaults;
import org.ocppbridge.bridge.config.ConfigException;
import org.ocppbridge.bridge.config.ConfigKey;
import org.ocppbridge.bridge.config.ConnectionUrl;
import org.ocppbridge.bridge.config.ListenAddress;
import org.ocppbridge.bridge.config.LogUploadFailureReport;
import org.ocppbridge.bridge.config.LogUploadMethod;

/**
 * Turns the merged text values (flags over config file over defaults) into a {@link BridgeConfig}: converts
 * types, checks that the named files exist, and lets the record check the rest.
 */
final class ConfigValues {

    private final Map<ConfigKey, RawValue> values;

    private ConfigValues(Map<ConfigKey, RawValue> values) {
        this.values = values;
    }

    static BridgeConfig toConfig(Map<ConfigKey, RawValue> values) {
        return new ConfigValues(values).build();
    }

    private BridgeConfig build() {
        URI csmsUrl = ConnectionUrl.parseEndpoint(required(ConfigKey.CSMS_URL).text());
        BridgeConfigBuilder builder =
                BridgeConfig.builder(csmsUrl, required(ConfigKey.STATION_ID).text());
        builder.dataDir(path(ConfigKey.DATA_DIR).orElse(ConfigDefaults.DATA_DIR));
        path(ConfigKey.DATA_DIR)
                .filter(Files::exists)
                .filter(dir -> !Files.isDirectory(dir))
                .ifPresent(dir -> {
                    throw new ConfigException(
                            origin(ConfigKey.DATA_DIR), "is a file, not a directory; give a directory");
                });
        path(ConfigKey.LOG_DIR).ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw new ConfigException(
                        origin(ConfigKey.LOG_DIR),
                        "no such directory: " + dir + "; give the" + " directory of the station's log files");
            }
            builder.logDir(dir);
        });
        text(ConfigKey.BASIC_AUTH_PASSWORD).ifPresent(builder::basicAuthPassword);
        readableFile(ConfigKey.CSMS_CA).ifPresent(builder::csmsCa);
        readableFile(ConfigKey.CLIENT_CERT).ifPresent(builder::clientCert);
        readableFile(ConfigKey.CLIENT_KEY).ifPresent(builder::clientKey);
        readableFile(ConfigKey.FIRMWARE_TRUST_ANCHOR).ifPresent(builder::firmwareTrustAnchor);
        path(ConfigKey.FIRMWARE_CRL).ifPresent(crl -> {
            if (!Files.isReadable(crl)) {
                throw new ConfigException(
                        origin(ConfigKey.FIRMWARE_CRL),
                        "cannot read " + crl + "; give a readable CRL file or a directory of CRL files");
            }
            builder.firmwareCrl(crl);
        });
        builder.allowUnsignedFirmware(bool(ConfigKey.ALLOW_UNSIGNED_FIRMWARE));
        text(ConfigKey.VENDOR).ifPresent(builder::vendor);
        text(ConfigKey.MODEL).ifPresent(builder::model);
        text(ConfigKey.FIRMWARE_VERSION).ifPresent(builder::firmwareVersion);
        text(ConfigKey.INSTALL_COMMAND).ifPresent(builder::installCommand);
        text(ConfigKey.RESET_COMMAND).ifPresent(builder::resetCommand);
        seconds(ConfigKey.CALL_TIMEOUT, builder::callTimeout);
        seconds(ConfigKey.HEARTBEAT_INTERVAL_DEFAULT, builder::heartbeatIntervalDefault);
        seconds(ConfigKey.BOOT_RETRY_DEFAULT, builder::bootRetryDefault);
        seconds(ConfigKey.RETRY_BACKOFF_WAIT_MINIMUM, builder::retryBackOffWaitMinimum);
        seconds(ConfigKey.RETRY_BACKOFF_RANDOM_RANGE, builder::retryBackOffRandomRange);
        integer(ConfigKey.RETRY_BACKOFF_REPEAT_TIMES).ifPresent(builder::retryBackOffRepeatTimes);
        seconds(ConfigKey.PING_INTERVAL, builder::pingInterval);
        integer(ConfigKey.QUEUE_CAPACITY).ifPresent(builder::queueCapacity);
        text(ConfigKey.LOG_UPLOAD_METHOD).ifPresent(method -> builder.logUploadMethod(logUploadMethod(method)));
        path(ConfigKey.SYSTEM_SOCKET).ifPresent(builder::systemSocket);
        text(ConfigKey.SYSTEM_LISTEN).ifPresent(address -> builder.systemListen(listenAddress(address)));
        seconds(ConfigKey.SYSTEM_TIMEOUT, builder::systemTimeout);
        seconds(ConfigKey.RESET_COMMAND_WAIT, builder::resetCommandWait);
        text(ConfigKey.LOG_UPLOAD_FAILURE_REPORT)
                .ifPresent(value -> builder.logUploadFailureReport(logUploadFailureReport(value)));
        return builder.build();
    }

    private RawValue required(ConfigKey key) {
        RawValue value = values.get(key);
        if (value == null) {
            throw new ConfigException(
                    key.flag(),
                    "is required; give " + key.flag() + " " + key.label() + " or set \"" + key.key()
                            + "\" in the --config file");
        }
        return value;
    }

    private String origin(ConfigKey key) {
        RawValue value = values.get(key);
        return value == null ? key.flag() : value.origin();
    }

    private Optional<String> text(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(RawValue::text);
    }

    private Optional<Path> path(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(value -> {
            if (value.text().isBlank()) {
                throw new ConfigException(value.origin(), "must not be empty; give a path or leave it out");
            }
            try {
                return Path.of(value.text());
            } catch (InvalidPathException e) {
                throw new ConfigException(value.origin(), "is not a valid path (" + e.getReason() + "); fix it");
            }
        });
    }

    private Optional<Path> readableFile(ConfigKey key) {
        return path(key).map(file -> {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ConfigException(
                        origin(key), "cannot read the file " + file + "; check the path and" + " permissions");
            }
            return file;
        });
    }

    private boolean bool(ConfigKey key) {
        RawValue value = values.get(key);
        if (value == null) {
            return Boolean.parseBoolean(key.defaultText().orElse("false"));
        }
        String text = value.text().strip().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new ConfigException(value.origin(), "must be true or false (got " + value.quoted() + ")");
        }
        return text.equals("true");
    }

    private Optional<Integer> integer(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(value -> {
            try {
                return Integer.parseInt(value.text().strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(
                        value.origin(),
                        "must be a whole number (got " + value.quoted() + "); e.g. " + key.flag() + " "
                                + key.defaultText().orElse("1"));
            }
        });
    }

    private void seconds(ConfigKey key, Consumer<Duration> setter) {
        integer(key).ifPresent(seconds -> setter.accept(Duration.ofSeconds(seconds)));
    }

    private ListenAddress listenAddress(String text) {
        try {
            return ListenAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin(ConfigKey.SYSTEM_LISTEN), "must be HOST:PORT or PORT: " + e.getMessage());
        }
    }

    private LogUploadFailureReport logUploadFailureReport(String text) {
        for (LogUploadFailureReport each : LogUploadFailureReport.values()) {
            if (each.text().equals(text.strip())) {
                return each;
            }
        }
        throw new ConfigException(
                origin(ConfigKey.LOG_UPLOAD_FAILURE_REPORT),
                "must be each-attempt or last-attempt (got "
                        + values.get(ConfigKey.LOG_UPLOAD_FAILURE_REPORT).quoted() + ")");
    }

    private LogUploadMethod logUploadMethod(String text) {
        try {
            return LogUploadMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    origin(ConfigKey.LOG_UPLOAD_METHOD),
                    "must be PUT or POST (got "
                            + values.get(ConfigKey.LOG_UPLOAD_METHOD).quoted() + ")");
        }
    }
}
