package org.ocppbridge.bridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryBackOffTest {

    @Test
    void wait_doubles_RepeatTimes_times_then_stays() {
        RetryBackOff backOff = new RetryBackOff(RetryBackOff.Settings.ofSeconds(3, 0, 5), new Random(1));

        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seconds.add(backOff.nextDelay().toSeconds());
        }

        assertEquals(List.of(3L, 6L, 12L, 24L, 48L, 96L, 96L, 96L), seconds);
    }

    @Test
    void RepeatTimes_zero_keeps_the_minimum() {
        RetryBackOff backOff = new RetryBackOff(RetryBackOff.Settings.ofSeconds(7, 0, 0), new Random(1));

        assertEquals(Duration.ofSeconds(7), backOff.nextDelay());
        assertEquals(Duration.ofSeconds(7), backOff.nextDelay());
    }

    @Test
    void each_attempt_adds_a_new_random_part_within_RandomRange() {
        RetryBackOff backOff = new RetryBackOff(RetryBackOff.Settings.ofSeconds(2, 10, 3), new Random(42));
        long[] bases = {2, 4, 8, 16, 16, 16, 16, 16};
        List<Duration> extras = new ArrayList<>();

        for (long base : bases) {
            Duration extra = backOff.nextDelay().minusSeconds(base);
            assertTrue(!extra.isNegative() && extra.compareTo(Duration.ofSeconds(10)) <= 0, "extra " + extra);
            extras.add(extra);
        }

        assertTrue(extras.stream().distinct().count() > 1, "random part varies: " + extras);
    }

    @Test
    void the_same_seed_gives_the_same_sequence() {
        RetryBackOff first = new RetryBackOff(RetryBackOff.Settings.DEFAULTS, new Random(7));
        RetryBackOff second = new RetryBackOff(RetryBackOff.Settings.DEFAULTS, new Random(7));
        RetryBackOff other = new RetryBackOff(RetryBackOff.Settings.DEFAULTS, new Random(8));
        List<Duration> a = new ArrayList<>();
        List<Duration> b = new ArrayList<>();
        List<Duration> c = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            a.add(first.nextDelay());
            b.add(second.nextDelay());
            c.add(other.nextDelay());
        }

        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void reset_starts_again_at_WaitMinimum() {
        RetryBackOff backOff = new RetryBackOff(RetryBackOff.Settings.ofSeconds(1, 0, 4), new Random(1));
        backOff.nextDelay();
        backOff.nextDelay();
        backOff.nextDelay();

        backOff.reset();

        assertEquals(0, backOff.attempts());
        assertEquals(Duration.ofSeconds(1), backOff.nextDelay());
    }

    @Test
    void OCPPCommCtrlr_values_set_by_the_CSMS_count_from_the_next_wait_and_keep_the_attempt_count() {
        RetryBackOff backOff = new RetryBackOff(RetryBackOff.Settings.ofSeconds(10, 0, 4), new Random(1));
        assertEquals(Duration.ofSeconds(10), backOff.nextDelay());

        backOff.update(RetryBackOff.Settings.ofSeconds(2, 0, 4));

        assertEquals(Duration.ofSeconds(4), backOff.nextDelay(), "second attempt: 2 s doubled once");
        assertEquals(RetryBackOff.Settings.ofSeconds(2, 0, 4), backOff.settings());
    }

    @Test
    void settings_that_would_allow_a_tight_loop_are_refused() {
        IllegalArgumentException zero =
                assertThrows(IllegalArgumentException.class, () -> RetryBackOff.Settings.ofSeconds(0, 0, 1));
        assertTrue(zero.getMessage().startsWith("retryBackOffWaitMinimum"));
        assertThrows(IllegalArgumentException.class, () -> RetryBackOff.Settings.ofSeconds(1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> RetryBackOff.Settings.ofSeconds(1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> RetryBackOff.Settings.ofSeconds(1, 1, 31));
    }
}
