package org.ocppbridge.bridge.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every configuration key: its flag ({@code --} + key) and config-file key are the same name. The help text of
 * each key is here; the defaults come from {@link ConfigDefaults}.
 */
public enum ConfigKey {
    CSMS_URL(
            "csms-url",
            "URL",
            Kind.TEXT,
            null,
            "Required. The CSMS's OCPP-J endpoint, ws:// or wss://; the station id is appended as the last path"
                    + " segment (Part 4 §3.1.1)."),
    STATION_ID(
            "station-id",
            "ID",
            Kind.TEXT,
            null,
            "Required. The charging station identity: at most 48 characters, no ':'. Also the Basic-auth user name."),
    DATA_DIR(
            "data-dir",
            "DIR",
            Kind.TEXT,
            ConfigDefaults.DATA_DIR.toString(),
            "Persistent state (the outgoing notification queue). Default: ${DEFAULT-VALUE}."),
    LOG_DIR("log-dir", "DIR", Kind.TEXT, null, "Directory of the files that GetLog uploads."),
    BASIC_AUTH_PASSWORD(
            "basic-auth-password",
            "SECRET",
            Kind.TEXT,
            null,
            "Basic-auth password (security profiles 1 and 2). Prefer the config file: flags are visible to other"
                    + " local users."),
    CSMS_CA(
            "csms-ca",
            "PEM",
            Kind.TEXT,
            null,
            "CA certificate(s) that the CSMS's TLS certificate must chain to (wss://). Without it the JVM's trust"
                    + " store is used."),
    CLIENT_CERT(
            "client-cert",
            "PEM",
            Kind.TEXT,
            null,
            "Station certificate chain for mutual TLS (security profile 3); needs --client-key and wss://."),
    CLIENT_KEY("client-key", "PEM", Kind.TEXT, null, "Private key (PKCS#8 PEM) of --client-cert."),
    FIRMWARE_TRUST_ANCHOR(
            "firmware-trust-anchor",
            "PEM",
            Kind.TEXT,
            null,
            "Root certificate(s) that a firmware signing certificate must chain to."),
    FIRMWARE_CRL(
            "firmware-crl",
            "PATH",
            Kind.TEXT,
            null,
            "A CRL file, or a directory of CRL files, checked against firmware signing certificates."),
    ALLOW_UNSIGNED_FIRMWARE(
            "allow-unsigned-firmware",
            "true|false",
            Kind.BOOLEAN,
            String.valueOf(ConfigDefaults.ALLOW_UNSIGNED_FIRMWARE),
            "Accept UpdateFirmware without a signature (for test benches only). Default: ${DEFAULT-VALUE}."),
    VENDOR(
            "vendor",
            "V",
            Kind.TEXT,
            ConfigDefaults.VENDOR,
            "BootNotification vendorName, at most 50 characters. Default: ${DEFAULT-VALUE}."),
    MODEL(
            "model",
            "M",
            Kind.TEXT,
            ConfigDefaults.MODEL,
            "BootNotification model, at most 20 characters. Default: ${DEFAULT-VALUE}."),
    FIRMWARE_VERSION(
            "firmware-version",
            "F",
            Kind.TEXT,
            null,
            "BootNotification firmwareVersion, at most 50 characters. Default: not sent."),
    INSTALL_COMMAND(
            "install-command",
            "CMD",
            Kind.TEXT,
            null,
            "Shell command line (run by /bin/sh -c) that installs a downloaded firmware image; the image path is"
                    + " appended as its last argument."),
    RESET_COMMAND(
            "reset-command",
            "CMD",
            Kind.TEXT,
            null,
            "Shell command line (run by /bin/sh -c) that restarts the station."),
    RESET_COMMAND_WAIT(
            "reset-command-wait",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.RESET_COMMAND_WAIT),
            "Seconds the bridge waits, after the reset command returned, for that command to stop it before it"
                    + " restarts in-process (1-600). Default: ${DEFAULT-VALUE}."),
    CALL_TIMEOUT(
            "call-timeout",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.CALL_TIMEOUT),
            "Seconds to wait for the CSMS to answer a CALL (1-3600). Default: ${DEFAULT-VALUE}."),
    HEARTBEAT_INTERVAL_DEFAULT(
            "heartbeat-interval-default",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.HEARTBEAT_INTERVAL_DEFAULT),
            "Heartbeat interval when the CSMS answers BootNotification with interval 0 (1-86400). Default:"
                    + " ${DEFAULT-VALUE}."),
    BOOT_RETRY_DEFAULT(
            "boot-retry-default",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.BOOT_RETRY_DEFAULT),
            "Wait before the next BootNotification after Pending or Rejected with interval 0 (1-86400). Default:"
                    + " ${DEFAULT-VALUE}."),
    RETRY_BACKOFF_WAIT_MINIMUM(
            "retry-backoff-wait-minimum",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.RETRY_BACKOFF_WAIT_MINIMUM),
            "RetryBackOffWaitMinimum: first reconnect wait (0-86400, Part 4 §5.3). Default: ${DEFAULT-VALUE}."),
    RETRY_BACKOFF_RANDOM_RANGE(
            "retry-backoff-random-range",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.RETRY_BACKOFF_RANDOM_RANGE),
            "RetryBackOffRandomRange: most random seconds added to each reconnect wait (0-86400). Default:"
                    + " ${DEFAULT-VALUE}."),
    RETRY_BACKOFF_REPEAT_TIMES(
            "retry-backoff-repeat-times",
            "N",
            Kind.INTEGER,
            String.valueOf(ConfigDefaults.RETRY_BACKOFF_REPEAT_TIMES),
            "RetryBackOffRepeatTimes: how often the reconnect wait doubles (0-20). Default: ${DEFAULT-VALUE}."),
    PING_INTERVAL(
            "ping-interval",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.PING_INTERVAL),
            "WebSocketPingInterval: seconds between WebSocket pings, 0 = off (0-86400). Default: ${DEFAULT-VALUE}."),
    QUEUE_CAPACITY(
            "queue-capacity",
            "N",
            Kind.INTEGER,
            String.valueOf(ConfigDefaults.QUEUE_CAPACITY),
            "Waiting notifications above which the oldest intermediate status is dropped; final statuses and"
                    + " security events are never dropped (1-1000000). Default: ${DEFAULT-VALUE}."),
    LOG_UPLOAD_METHOD(
            "log-upload-method",
            "PUT|POST",
            Kind.TEXT,
            ConfigDefaults.LOG_UPLOAD_METHOD.name(),
            "HTTP method of log uploads to http(s) locations. Default: ${DEFAULT-VALUE}."),
    LOG_UPLOAD_FAILURE_REPORT(
            "log-upload-failure-report",
            "each-attempt|last-attempt",
            Kind.TEXT,
            ConfigDefaults.LOG_UPLOAD_FAILURE_REPORT.text(),
            "When a failed log upload attempt is reported: after each attempt (what the official test tool counts in"
                    + " TC_N_26) or once after the last. Default: ${DEFAULT-VALUE}."),
    SYSTEM_SOCKET(
            "system-socket",
            "PATH",
            Kind.TEXT,
            null,
            "Unix domain socket on which the charger's own software connects and acts as the system (JSON lines,"
                    + " see the README). Default: the built-in system."),
    SYSTEM_LISTEN(
            "system-listen",
            "HOST:PORT",
            Kind.TEXT,
            null,
            "TCP address on which the charger's software connects instead (or as well); a bare PORT listens on"
                    + " 127.0.0.1. Default: the built-in system."),
    SYSTEM_TIMEOUT(
            "system-timeout",
            "SECONDS",
            Kind.INTEGER,
            seconds(ConfigDefaults.SYSTEM_TIMEOUT),
            "Seconds to wait for the charger's software to answer a command before the CSMS is answered Rejected"
                    + " (1-300). Default: ${DEFAULT-VALUE}.");

    /** The JSON type a key takes in the config file. */
    public enum Kind {
        TEXT,
        INTEGER,
        BOOLEAN
    }

    private final String key;
    private final String label;
    private final Kind kind;
    private final String defaultText;
    private final String help;

    ConfigKey(String key, String label, Kind kind, String defaultText, String help) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.defaultText = defaultText;
        this.help = help;
    }

    /** The name in the config file, e.g. {@code csms-url}. */
    public String key() {
        return key;
    }

    /** The command-line flag, e.g. {@code --csms-url}. */
    public String flag() {
        return "--" + key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultText);
    }

    public String help() {
        return help;
    }

    public boolean secret() {
        return this == BASIC_AUTH_PASSWORD;
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    private static String seconds(java.time.Duration duration) {
        return String.valueOf(duration.toSeconds());
    }
}
