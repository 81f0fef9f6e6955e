package org.ocppbridge.bridge.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every default of the bridge, in one place: those of the configuration (the help text and {@link BridgeConfig}
 * read them) and the fixed timings and limits the runtime hands to each part. A part below the runtime gets its
 * values through its settings record, never from here.
 */
public final class ConfigDefaults {

    public static final Path DATA_DIR = Path.of("./ocpp-bridge-data");
    /** BootNotification vendorName (string ≤ 50). */
    public static final String VENDOR = "ocpp-bridge";
    /** BootNotification model (string ≤ 20). */
    public static final String MODEL = "ocpp-bridge";

    public static final boolean ALLOW_UNSIGNED_FIRMWARE = false;
    /** How long a CALL waits for its CALLRESULT or CALLERROR. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** Heartbeat interval when the BootNotificationResponse says 0. */
    public static final Duration HEARTBEAT_INTERVAL_DEFAULT = Duration.ofSeconds(300);
    /** Wait before the next BootNotification after Pending/Rejected with interval 0 (libocpp uses 30 s too). */
    public static final Duration BOOT_RETRY_DEFAULT = Duration.ofSeconds(30);
    /** Part 4 §5.3 RetryBackOffWaitMinimum. */
    public static final Duration RETRY_BACKOFF_WAIT_MINIMUM = Duration.ofSeconds(5);
    /** Part 4 §5.3 RetryBackOffRandomRange. */
    public static final Duration RETRY_BACKOFF_RANDOM_RANGE = Duration.ofSeconds(10);
    /** Part 4 §5.3 RetryBackOffRepeatTimes: with the defaults the longest wait is 5 × 2^6 = 320 s (+ random). */
    public static final int RETRY_BACKOFF_REPEAT_TIMES = 6;
    /** Part 4 §8.4 WebSocketPingInterval; 0 turns client pings off. */
    public static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** Waiting notifications above which intermediate statuses are dropped (see the durable queue). */
    public static final int QUEUE_CAPACITY = 1000;

    public static final LogUploadMethod LOG_UPLOAD_METHOD = LogUploadMethod.PUT;
    /** ER §6.1.29: the test tool expects a failure status per attempt in TC_N_26. */
    public static final LogUploadFailureReport LOG_UPLOAD_FAILURE_REPORT = LogUploadFailureReport.EACH_ATTEMPT;
    /**
     * How long a command to a charger system on the socket waits for its reply: well inside the CSMS's own wait
     * for the CALLRESULT (the call time-out, 30 s by default), so the CSMS gets a Rejected, not silence.
     */
    public static final Duration SYSTEM_TIMEOUT = Duration.ofSeconds(10);

    /**
     * How long the bridge waits for its own termination after the reset command returned (e.g. {@code systemctl
     * restart} returns before the service manager stops the process): long enough for a service manager's stop
     * and a machine's shutdown to begin, short enough that a command that did nothing leaves the station offline
     * only briefly.
     */
    public static final Duration RESET_COMMAND_WAIT = Duration.ofSeconds(60);

    // ---- Fixed timings and limits (not configurable), handed to the parts by the runtime ----

    /**
     * How long a reset or a restart waits for queued notifications to be acknowledged before it goes on: what is
     * left stays on disk and goes out after the boot. One limit for both (they were two separate 5 s values).
     */
    public static final Duration QUEUE_FLUSH_LIMIT = Duration.ofSeconds(5);
    /** Wait before resending a notification whose CALL timed out. */
    public static final Duration NOTIFICATION_RETRY = Duration.ofSeconds(5);
    /** The device model's written values, in the data directory. */
    public static final String DEVICE_MODEL_FILE = "device-model.properties";
    /** The last firmware status reported, in the data directory (L01.FR.26 after a restart). */
    public static final String LAST_FIRMWARE_STATUS_FILE = "firmware-status.last";
    /**
     * A Reset OnIdle answered Scheduled and not yet carried out, in the data directory, 0600 (B12.FR.01; issue 14,
     * point 12): the next boot, whatever restarted the station, reports ScheduledReset and consumes it.
     */
    public static final String SCHEDULED_RESET_FILE = "reset.scheduled";
    /** The Basic-auth password the CSMS set (A01) under the data directory, 0600; wins over the flag. */
    public static final String BASIC_AUTH_PASSWORD_FILE = "basic-auth-password";
    /** The certificate store under the data directory (issue 16): PEM files and their index, 0700/0600. */
    public static final String CERTIFICATES_DIR = "certificates";
    /** SecurityCtrlr.MaxCertificateChainSize: bytes of PEM; the schema's limit of CertificateSigned's chain. */
    public static final int MAX_CERTIFICATE_CHAIN_SIZE = 10000;
    /** The maximum of SecurityCtrlr.CertificateEntries: certificates the store keeps at most. */
    public static final int CERTIFICATE_ENTRIES_MAX = 20;
    /** Part 4 §8.4: how long the bridge waits for the pong of its ping before it drops the connection. */
    public static final Duration PONG_TIMEOUT = Duration.ofSeconds(5);
    /** The pause of an in-process reboot, so the CSMS sees the connection go and come back. */
    public static final Duration REBOOT_PAUSE = Duration.ofSeconds(1);
    /** How long the reset command itself may run before the bridge stops waiting for it to return. */
    public static final Duration RESET_COMMAND_GRACE = Duration.ofSeconds(60);
    /** How long a restart gives one life to close (WebSocket close handshake, threads). */
    public static final Duration RESTART_CLOSE_LIMIT = Duration.ofSeconds(5);
    /** How long SIGTERM gives the bridge to close the WebSocket with 1000 and stop its threads. */
    public static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(2);

    /** Firmware: connect and read time-out of a download (and of a CRL fetch). */
    public static final Duration FIRMWARE_TRANSFER_TIMEOUT = Duration.ofSeconds(20);
    /** Firmware: how long the install command may run. */
    public static final Duration FIRMWARE_INSTALL_TIMEOUT = Duration.ofMinutes(30);
    /** Firmware: attempts of a download when the CSMS gives no retries. */
    public static final int FIRMWARE_ATTEMPTS = 1;
    /** Firmware: wait between attempts when the CSMS gives no retryInterval. */
    public static final Duration FIRMWARE_RETRY_INTERVAL = Duration.ofSeconds(1);

    /** Log upload: connect time-out (20 s, as curl in EVerest's uploader). */
    public static final Duration LOG_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** Log upload: time-out of each read or write. */
    public static final Duration LOG_TRANSFER_TIMEOUT = Duration.ofSeconds(60);
    /** Log upload: attempts when the CSMS gives no retries. */
    public static final int LOG_ATTEMPTS = 1;
    /** Log upload: seconds between attempts when the CSMS gives no retryInterval. */
    public static final int LOG_RETRY_INTERVAL_S = 60;

    private ConfigDefaults() {}
}
