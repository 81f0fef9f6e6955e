package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.testing.VirtualScheduler;

/** Issue 15, point 2: repeated warnings become one line per window plus one line with the count. */
class RepeatLimiterTest {

    private final VirtualScheduler core = new VirtualScheduler();
    private final List<Long> summaries = new ArrayList<>();
    private final RepeatLimiter limiter = new RepeatLimiter(core, Duration.ofSeconds(10), summaries::add);

    @Test
    void a_flood_passes_its_first_event_and_reports_the_rest_as_one_count_when_the_window_ends() {
        int passed = 0;
        for (int i = 0; i < 300_000; i++) {
            if (limiter.admit()) {
                passed++;
            }
        }
        assertEquals(1, passed);
        assertEquals(List.of(), summaries, "the count comes when the window ends");
        core.advanceBy(Duration.ofSeconds(10));
        assertEquals(List.of(299_999L), summaries);
    }

    @Test
    void after_a_window_the_next_event_passes_again_and_a_quiet_window_reports_nothing() {
        assertTrue(limiter.admit());
        core.advanceBy(Duration.ofSeconds(10));
        assertEquals(List.of(), summaries, "nothing was suppressed");
        assertTrue(limiter.admit());
        assertFalse(limiter.admit());
        core.advanceBy(Duration.ofSeconds(10));
        assertEquals(List.of(1L), summaries);
    }
}
