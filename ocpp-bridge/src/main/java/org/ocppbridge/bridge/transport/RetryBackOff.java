package org.ocppbridge.bridge.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The reconnect back-off of OCPP 2.0.1 Part 4 §5.3 with the variables of §8.1-8.3:
 *
 * <pre>
 *   wait(n) = RetryBackOffWaitMinimum * 2^min(n - 1, RetryBackOffRepeatTimes) + random[0, RetryBackOffRandomRange]
 * </pre>
 *
 * for the n-th reconnection attempt since the last {@link #reset()}. The deterministic part doubles after each
 * failed attempt, at most RepeatTimes times, then stays; each attempt draws a new random part (millisecond
 * resolution, so a fleet spreads out even with a range of a few seconds). EVerest libocpp doubles the whole
 * previous wait, random part included; doubling only the deterministic part keeps the random spread within
 * RandomRange, as §8.2 describes it. The CSMS may change the three variables ({@link #update}); the new values
 * count from the next wait on (OCPPCommCtrlr.RetryBackOff*: applied at the next reconnect). Not thread-safe: used
 * on the owner's thread.
 */
public final class RetryBackOff {

    private Settings settings;
    private final RandomGenerator random;
    private int attempts;

    public RetryBackOff(Settings settings, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The wait before the next reconnection attempt; counts that attempt. */
    public Duration nextDelay() {
        int doublings = Math.min(attempts, settings.repeatTimes());
        attempts = attempts == Integer.MAX_VALUE ? attempts : attempts + 1;
        Duration base = settings.waitMinimum().multipliedBy(1L << doublings);
        long rangeMillis = settings.randomRange().toMillis();
        long extraMillis = rangeMillis == 0 ? 0 : random.nextLong(rangeMillis + 1);
        return base.plusMillis(extraMillis);
    }

    /** Starts the sequence again at RetryBackOffWaitMinimum (after a connection that lasted). */
    public void reset() {
        attempts = 0;
    }

    /** Attempts counted since the last reset. */
    public int attempts() {
        return attempts;
    }

    public Settings settings() {
        return settings;
    }

    /** New values of the three variables, used from the next {@link #nextDelay()} on; the attempt count stays. */
    public void update(Settings next) {
        this.settings = Objects.requireNonNull(next, "settings");
    }

    /**
     * The three OCPPCommCtrlr variables.
     *
     * @param waitMinimum RetryBackOffWaitMinimum: the deterministic wait before the first reconnection attempt
     * @param randomRange RetryBackOffRandomRange: the largest random extra of each attempt
     * @param repeatTimes RetryBackOffRepeatTimes: how many times the wait doubles; 0..30
     */
    public record Settings(Duration waitMinimum, Duration randomRange, int repeatTimes) {

        /**
         * 3 s minimum, 10 s random range, 5 doublings: waits of 3-13, 6-16, 12-22, 24-34, 48-58, then 96-106 s.
         * Neither Part 4 nor the errata give defaults; EVerest ships 1 s / 2 s / 2, which suits a lab. After a
         * CSMS restart, thousands of stations should spread over more than a few seconds and should not keep
         * knocking every 4 s, hence the longer range and the higher cap.
         */
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(3), Duration.ofSeconds(10), 5);

        public Settings {
            Objects.requireNonNull(waitMinimum, "retryBackOffWaitMinimum");
            Objects.requireNonNull(randomRange, "retryBackOffRandomRange");
            if (waitMinimum.isNegative() || waitMinimum.isZero()) {
                // Zero would allow a tight reconnect loop when the random range is zero too.
                throw new IllegalArgumentException("retryBackOffWaitMinimum: must be positive, was " + waitMinimum);
            }
            if (randomRange.isNegative()) {
                throw new IllegalArgumentException("retryBackOffRandomRange: must not be negative, was " + randomRange);
            }
            if (repeatTimes < 0 || repeatTimes > 30) {
                throw new IllegalArgumentException("retryBackOffRepeatTimes: must be 0 to 30, was " + repeatTimes);
            }
        }

        /** From the spec's integer seconds. */
        public static Settings ofSeconds(int waitMinimum, int randomRange, int repeatTimes) {
            return new Settings(Duration.ofSeconds(waitMinimum), Duration.ofSeconds(randomRange), repeatTimes);
        }
    }
}
