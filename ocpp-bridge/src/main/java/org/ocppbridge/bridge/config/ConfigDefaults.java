package org.ocppbridge.bridge.config;

import java.nio.file.Path;
import java.time.Duration;

/** Every default of the bridge's configuration, in one place. The help text and {@link BridgeConfig} read them. */
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

    private ConfigDefaults() {}
}
