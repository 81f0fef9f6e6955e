package org.ocppbridge.bridge.devicemodel;

import java.time.Duration;
import java.util.List;

/**
 * OCPPCommCtrlr (Part 2 Appendix 3.1.12; required set: Part 6 TC_B_53 and Part 2 "Referenced Components and
 * Variables"): the heartbeat, the time-out, the transfer protocols, the reconnect back-off and the ping of the one
 * connection the bridge keeps. MessageAttempts/MessageAttemptInterval[TransactionEvent] and
 * UnlockOnEVSideDisconnect are not here: transactions and cables are the charger software's.
 */
final class OcppCommCtrlr {

    static final String NAME = "OCPPCommCtrlr";
    static final String OFFLINE_THRESHOLD = "OfflineThreshold";
    static final String DEFAULT_OFFLINE_THRESHOLD_S = "300";
    static final String FILE_TRANSFER_PROTOCOLS = "HTTP,HTTPS,FTP,FTPS";
    static final String WAIT_MINIMUM = "RetryBackOffWaitMinimum";
    static final String RANDOM_RANGE = "RetryBackOffRandomRange";
    static final String REPEAT_TIMES = "RetryBackOffRepeatTimes";
    static final String PING_INTERVAL = "WebSocketPingInterval";
    /** The one connection the bridge is configured with is network profile slot 1. */
    static final String ONLY_PROFILE = "1";

    static final String DEFAULT_CONNECTION_ATTEMPTS = "3";
    static final String DEFAULT_RESET_RETRIES = "0";
    private static final long DAY_SECONDS = 86_400;

    private final StoredVariables stored;
    private final Duration messageTimeout;
    private final DeviceModel.HeartbeatInterval heartbeat;
    private final ConnectionFacts connection;

    /** Puts the stored back-off and ping values to use before the first connection: the flags are first values only. */
    OcppCommCtrlr(
            StoredVariables stored,
            Duration messageTimeout,
            DeviceModel.HeartbeatInterval heartbeat,
            ConnectionFacts connection) {
        this.stored = stored;
        this.messageTimeout = messageTimeout;
        this.heartbeat = heartbeat;
        this.connection = connection;
        if (stored.written(NAME, WAIT_MINIMUM)
                || stored.written(NAME, RANDOM_RANGE)
                || stored.written(NAME, REPEAT_TIMES)) {
            applyBackOff();
        }
        if (stored.written(NAME, PING_INTERVAL)) {
            applyPing();
        }
    }

    List<Variable> variables() {
        ConnectionFacts.BackOff first = connection.firstBackOff();
        return List.of(
                Variable.readWrite(
                        NAME,
                        "HeartbeatInterval",
                        () -> String.valueOf(heartbeat.seconds()),
                        Variable.integer(1, Integer.MAX_VALUE),
                        value -> heartbeat.change(Integer.parseInt(value)),
                        // Not kept: the next BootNotificationResponse sets it again.
                        Variable.Traits.integerSeconds(1, false)),
                stored.readWrite(
                        NAME,
                        OFFLINE_THRESHOLD,
                        DEFAULT_OFFLINE_THRESHOLD_S,
                        Variable.integer(0, Integer.MAX_VALUE),
                        Variable.Traits.integerSeconds(0, true)),
                Variable.readOnly(
                        NAME,
                        "MessageTimeout",
                        "Default",
                        () -> String.valueOf(messageTimeout.toSeconds()),
                        Variable.Traits.integerSeconds(1, true)),
                Variable.readOnly(
                        NAME,
                        "FileTransferProtocols",
                        null,
                        () -> FILE_TRANSFER_PROTOCOLS,
                        new Variable.Traits("MemberList", null, null, null, FILE_TRANSFER_PROTOCOLS, true)),
                // Part 4 §5.3: the three back-off variables count from the next reconnect on.
                stored.readWrite(
                        NAME,
                        WAIT_MINIMUM,
                        String.valueOf(first.waitMinimumSeconds()),
                        Variable.integer(1, DAY_SECONDS),
                        value -> applyBackOff(),
                        new Variable.Traits("integer", "s", 1L, DAY_SECONDS, null, true)),
                stored.readWrite(
                        NAME,
                        RANDOM_RANGE,
                        String.valueOf(first.randomRangeSeconds()),
                        Variable.integer(0, DAY_SECONDS),
                        value -> applyBackOff(),
                        new Variable.Traits("integer", "s", 0L, DAY_SECONDS, null, true)),
                stored.readWrite(
                        NAME,
                        REPEAT_TIMES,
                        String.valueOf(first.repeatTimes()),
                        Variable.integer(0, 20),
                        value -> applyBackOff(),
                        Variable.Traits.integer(0, 20)),
                // Part 4 §8.4: at once, also on the open connection; 0 turns client pings off.
                stored.readWrite(
                        NAME,
                        PING_INTERVAL,
                        String.valueOf(connection.firstPingIntervalSeconds()),
                        Variable.integer(0, DAY_SECONDS),
                        value -> applyPing(),
                        new Variable.Traits("integer", "s", 0L, DAY_SECONDS, null, true)),
                // One configured connection: the priority list can only name it, and there is no other profile
                // to switch to after NetworkProfileConnectionAttempts failed attempts (B10 is a later issue).
                stored.readWrite(
                        NAME,
                        "NetworkConfigurationPriority",
                        ONLY_PROFILE,
                        text -> ONLY_PROFILE.equals(text) ? null : "only profile 1 (the configured connection) exists",
                        new Variable.Traits("SequenceList", null, null, null, ONLY_PROFILE, true)),
                stored.readWrite(
                        NAME,
                        "NetworkProfileConnectionAttempts",
                        DEFAULT_CONNECTION_ATTEMPTS,
                        Variable.integer(1, 1000),
                        Variable.Traits.integer(1, 1000)),
                stored.readWrite(
                        NAME,
                        "ResetRetries",
                        DEFAULT_RESET_RETRIES,
                        Variable.integer(0, 10),
                        Variable.Traits.integer(0, 10)));
    }

    private void applyBackOff() {
        ConnectionFacts.BackOff first = connection.firstBackOff();
        connection
                .tuning()
                .retryBackOff(
                        number(WAIT_MINIMUM, first.waitMinimumSeconds()),
                        number(RANDOM_RANGE, first.randomRangeSeconds()),
                        number(REPEAT_TIMES, first.repeatTimes()));
    }

    private void applyPing() {
        connection.tuning().webSocketPingInterval(number(PING_INTERVAL, connection.firstPingIntervalSeconds()));
    }

    private int number(String name, int firstValue) {
        return Integer.parseInt(stored.current(NAME, name, String.valueOf(firstValue)));
    }
}
