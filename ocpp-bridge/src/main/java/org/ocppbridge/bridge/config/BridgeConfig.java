package org.ocppbridge.bridge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bridge's configuration, parsed once by the command line ({@code cli.BridgeCommandLine}) (or built with {@link #builder} in tests).
 * The compact constructor checks every value and the combinations, throwing a {@link ConfigException} that names
 * the flag. Defaults are in {@link ConfigDefaults}. {@link #toString()} hides the password.
 */
public record BridgeConfig(
        URI csmsUrl,
        String stationId,
        Path dataDir,
        Optional<Path> logDir,
        Optional<String> basicAuthPassword,
        Optional<Path> csmsCa,
        Optional<Path> clientCert,
        Optional<Path> clientKey,
        Optional<Path> firmwareTrustAnchor,
        Optional<Path> firmwareCrl,
        boolean allowUnsignedFirmware,
        String vendor,
        String model,
        Optional<String> firmwareVersion,
        Optional<String> installCommand,
        Optional<String> resetCommand,
        Duration callTimeout,
        Duration heartbeatIntervalDefault,
        Duration bootRetryDefault,
        Duration retryBackOffWaitMinimum,
        Duration retryBackOffRandomRange,
        int retryBackOffRepeatTimes,
        Duration pingInterval,
        int queueCapacity,
        LogUploadMethod logUploadMethod,
        Optional<Path> systemSocket,
        Optional<ListenAddress> systemListen,
        Duration systemTimeout,
        Duration resetCommandWait,
        LogUploadFailureReport logUploadFailureReport) {

    /** Part 4 §3.1.1: the identity is at most 48 characters. */
    public static final int STATION_ID_MAX_LENGTH = 48;

    private static final long DAY_SECONDS = 86_400;
    /** The longest Unix domain socket path Linux takes. */
    public static final int UNIX_SOCKET_PATH_MAX_BYTES = 107;

    public BridgeConfig {
        csmsUrl = ConnectionUrl.checkEndpoint(Objects.requireNonNull(csmsUrl, "csmsUrl"));
        checkStationId(Objects.requireNonNull(stationId, "stationId"));
        Objects.requireNonNull(dataDir, "dataDir");
        for (Optional<?> optional : List.of(
                logDir,
                basicAuthPassword,
                csmsCa,
                clientCert,
                clientKey,
                firmwareTrustAnchor,
                firmwareCrl,
                firmwareVersion,
                installCommand,
                resetCommand,
                systemSocket,
                systemListen)) {
            Objects.requireNonNull(optional, "an optional value is null; use Optional.empty()");
        }
        basicAuthPassword.ifPresent(p -> requireNotBlank(ConfigKey.BASIC_AUTH_PASSWORD, p));
        checkText(ConfigKey.VENDOR, vendor, 50);
        checkText(ConfigKey.MODEL, model, 20);
        firmwareVersion.ifPresent(v -> checkText(ConfigKey.FIRMWARE_VERSION, v, 50));
        installCommand.ifPresent(c -> requireNotBlank(ConfigKey.INSTALL_COMMAND, c));
        resetCommand.ifPresent(c -> requireNotBlank(ConfigKey.RESET_COMMAND, c));
        checkSeconds(ConfigKey.CALL_TIMEOUT, callTimeout, 1, 3600);
        checkSeconds(ConfigKey.HEARTBEAT_INTERVAL_DEFAULT, heartbeatIntervalDefault, 1, DAY_SECONDS);
        checkSeconds(ConfigKey.BOOT_RETRY_DEFAULT, bootRetryDefault, 1, DAY_SECONDS);
        checkSeconds(ConfigKey.RETRY_BACKOFF_WAIT_MINIMUM, retryBackOffWaitMinimum, 1, DAY_SECONDS);
        checkSeconds(ConfigKey.RETRY_BACKOFF_RANDOM_RANGE, retryBackOffRandomRange, 0, DAY_SECONDS);
        checkRange(ConfigKey.RETRY_BACKOFF_REPEAT_TIMES, retryBackOffRepeatTimes, 0, 20);
        checkSeconds(ConfigKey.PING_INTERVAL, pingInterval, 0, DAY_SECONDS);
        checkRange(ConfigKey.QUEUE_CAPACITY, queueCapacity, 1, 1_000_000);
        Objects.requireNonNull(logUploadMethod, "logUploadMethod");
        checkTransportSecurity(csmsUrl, csmsCa, clientCert, clientKey);
        checkSeconds(ConfigKey.SYSTEM_TIMEOUT, systemTimeout, 1, 300);
        checkSeconds(ConfigKey.RESET_COMMAND_WAIT, resetCommandWait, 1, 600);
        Objects.requireNonNull(logUploadFailureReport, "logUploadFailureReport");
        systemSocket.ifPresent(BridgeConfig::checkSocketPath);
    }

    /** Whether the charger's own software is the system, over {@code --system-socket} or {@code --system-listen}. */
    public boolean systemOnSocket() {
        return systemSocket.isPresent() || systemListen.isPresent();
    }

    /** Where the bridge connects: the CSMS URL with the percent-encoded station id appended (Part 4 §3.1.1). */
    public URI connectionUrl() {
        return ConnectionUrl.build(csmsUrl, stationId);
    }

    /** True for wss:// (security profiles 2 and 3). */
    public boolean tls() {
        return csmsUrl.getScheme().equalsIgnoreCase("wss");
    }

    /** Allowed but doubtful settings, one line each, for the log at start-up. Never contains a secret. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (basicAuthPassword.isPresent() && !tls()) {
            warnings.add(ConfigKey.BASIC_AUTH_PASSWORD.flag() + ": sent in clear text over ws:// (security profile"
                    + " 1); use wss:// outside a trusted network");
        }
        basicAuthPassword
                .filter(p -> p.length() < 16 || p.length() > 40)
                .ifPresent(p -> warnings.add(ConfigKey.BASIC_AUTH_PASSWORD.flag()
                        + ": OCPP allows 16 to 40 characters; the CSMS may refuse it"));
        if (!stationId.chars().allMatch(BridgeConfig::isIdentifierStringCharacter)) {
            warnings.add(ConfigKey.STATION_ID.flag() + ": has characters outside OCPP's identifierString (a-z A-Z"
                    + " 0-9 * - _ = + | @ .); it is percent-encoded in the URL, but a CSMS may refuse it");
        }
        String path = csmsUrl.getRawPath() == null ? "" : csmsUrl.getRawPath();
        if (path.endsWith("/" + ConnectionUrl.encodePathSegment(stationId))
                || path.endsWith("/" + ConnectionUrl.encodePathSegment(stationId) + "/")) {
            warnings.add(ConfigKey.CSMS_URL.flag() + ": already ends with the station id, which the bridge appends"
                    + " again (Part 4 §3.1.1); give the CSMS endpoint without the station id");
        }
        systemListen
                .filter(address -> !address.isLoopback())
                .ifPresent(address -> warnings.add(ConfigKey.SYSTEM_LISTEN.flag() + ": " + address.host()
                        + " is not a loopback address; anyone who" + " reaches it can act as the charger's system"));
        if (allowUnsignedFirmware) {
            warnings.add(ConfigKey.ALLOW_UNSIGNED_FIRMWARE.flag() + ": unsigned firmware will be installed; use this"
                    + " on test benches only");
        }
        return List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return "BridgeConfig[connectionUrl=" + connectionUrl() + ", stationId=" + stationId + ", dataDir=" + dataDir
                + ", logDir=" + logDir + ", basicAuthPassword=" + basicAuthPassword.map(p -> "***")
                + ", csmsCa=" + csmsCa + ", clientCert=" + clientCert + ", clientKey=" + clientKey
                + ", firmwareTrustAnchor=" + firmwareTrustAnchor + ", firmwareCrl=" + firmwareCrl
                + ", allowUnsignedFirmware=" + allowUnsignedFirmware + ", vendor=" + vendor + ", model=" + model
                + ", firmwareVersion=" + firmwareVersion + ", installCommand=" + installCommand
                + ", resetCommand=" + resetCommand + ", callTimeout=" + callTimeout
                + ", heartbeatIntervalDefault=" + heartbeatIntervalDefault + ", bootRetryDefault=" + bootRetryDefault
                + ", retryBackOffWaitMinimum=" + retryBackOffWaitMinimum + ", retryBackOffRandomRange="
                + retryBackOffRandomRange + ", retryBackOffRepeatTimes=" + retryBackOffRepeatTimes
                + ", pingInterval=" + pingInterval + ", queueCapacity=" + queueCapacity + ", logUploadMethod="
                + logUploadMethod + ", systemSocket=" + systemSocket + ", systemListen=" + systemListen
                + ", systemTimeout=" + systemTimeout + ", resetCommandWait=" + resetCommandWait
                + ", logUploadFailureReport=" + logUploadFailureReport + "]";
    }

    /** A builder with every default set; only the two required values are needed. */
    public static BridgeConfigBuilder builder(URI csmsUrl, String stationId) {
        return new BridgeConfigBuilder(csmsUrl, stationId);
    }

    private static void checkStationId(String id) {
        String flag = ConfigKey.STATION_ID.flag();
        int length = id.codePointCount(0, id.length());
        if (id.isEmpty()) {
            throw new ConfigException(flag, "must not be empty; give the identity the CSMS knows this station by");
        }
        if (length > STATION_ID_MAX_LENGTH) {
            throw new ConfigException(
                    flag, "must be at most " + STATION_ID_MAX_LENGTH + " characters (got " + length + "); shorten it");
        }
        if (id.indexOf(':') >= 0) {
            // Part 4 §3.1.1: the identity is the Basic-auth user name, where ':' separates user and password.
            throw new ConfigException(flag, "must not contain ':' (it is also the Basic-auth user name); remove it");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigException(flag, "must not contain control characters; remove them");
        }
        if (id.equals(".") || id.equals("..")) {
            throw new ConfigException(flag, "must not be '.' or '..' (a URL would drop it); choose another id");
        }
    }

    /** Linux keeps a Unix socket's path in 108 bytes, the last one a NUL. */
    private static void checkSocketPath(Path path) {
        int bytes = path.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > UNIX_SOCKET_PATH_MAX_BYTES) {
            throw new ConfigException(
                    ConfigKey.SYSTEM_SOCKET.flag(),
                    "must be at most " + UNIX_SOCKET_PATH_MAX_BYTES + " bytes long (got " + bytes
                            + "); choose a shorter path, e.g. /run/ocpp-bridge/system.sock");
        }
    }

    private static boolean isIdentifierStringCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "*-_=+|@.".indexOf(c) >= 0;
    }

    private static void checkText(ConfigKey key, String value, int maxLength) {
        Objects.requireNonNull(value, key.key());
        requireNotBlank(key, value);
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw new ConfigException(
                    key.flag(), "must be at most " + maxLength + " characters (got " + length + "); shorten it");
        }
    }

    private static void requireNotBlank(ConfigKey key, String value) {
        if (value.isBlank()) {
            throw new ConfigException(key.flag(), "must not be empty; give a value or leave the option out");
        }
    }

    private static void checkSeconds(ConfigKey key, Duration value, long min, long max) {
        Objects.requireNonNull(value, key.key());
        if (value.getNano() != 0) {
            throw new ConfigException(key.flag(), "must be whole seconds from " + min + " to " + max);
        }
        checkRange(key, value.getSeconds(), min, max);
    }

    private static void checkRange(ConfigKey key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(
                    key.flag(),
                    "must be from " + min + " to " + max + " (got " + value + "); e.g. " + key.flag() + " "
                            + key.defaultText().orElse(String.valueOf(min)));
        }
    }

    private static void checkTransportSecurity(
            URI csmsUrl, Optional<Path> csmsCa, Optional<Path> clientCert, Optional<Path> clientKey) {
        boolean tls = csmsUrl.getScheme().equalsIgnoreCase("wss");
        if (clientCert.isPresent() && clientKey.isEmpty()) {
            throw new ConfigException(
                    ConfigKey.CLIENT_KEY.flag(),
                    "is required with --client-cert (mutual TLS);" + " give both or neither");
        }
        if (clientKey.isPresent() && clientCert.isEmpty()) {
            throw new ConfigException(
                    ConfigKey.CLIENT_CERT.flag(),
                    "is required with --client-key (mutual TLS);" + " give both or neither");
        }
        if (clientCert.isPresent() && !tls) {
            throw new ConfigException(
                    ConfigKey.CLIENT_CERT.flag(),
                    "needs a wss:// --csms-url (security profile 3" + " is TLS); change the URL to wss://");
        }
        if (csmsCa.isPresent() && !tls) {
            throw new ConfigException(
                    ConfigKey.CSMS_CA.flag(),
                    "is only used with a wss:// --csms-url; change the" + " URL to wss:// or leave --csms-ca out");
        }
    }
}
