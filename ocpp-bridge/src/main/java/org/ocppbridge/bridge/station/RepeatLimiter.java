package org.ocppbridge.bridge.station;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Keeps a repeated event from flooding a log (issue 15, point 2): the first event of a window passes, the rest
 * of that window are only counted, and when the window ends the count is handed over once ("and 12,345 more").
 * A flood of any length costs two lines per window.
 *
 * <p>Not thread-safe by design: used on the core thread, whose scheduler ends the windows.
 */
public final class RepeatLimiter {

    /** The window the README documents: at most one line, plus one summary, per kind of event per 10 s. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    private final ScheduledExecutorService core;
    private final Duration window;
    private final LongConsumer summary;
    private boolean windowOpen;
    private long suppressed;

    /**
     * @param core the thread the events arrive on; the window's end runs there too
     * @param summary takes the number of events suppressed in a window that had any
     */
    public RepeatLimiter(ScheduledExecutorService core, Duration window, LongConsumer summary) {
        this.core = Objects.requireNonNull(core, "core");
        this.window = Objects.requireNonNull(window, "window");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /** Whether this event is to be written out; false when it was counted for the window's summary. */
    public boolean admit() {
        if (windowOpen) {
            suppressed++;
            return false;
        }
        try {
            core.schedule(this::closeWindow, window.toMillis(), TimeUnit.MILLISECONDS);
            windowOpen = true;
        } catch (RejectedExecutionException stopping) {
            // The life is ending: no window to count in, so every event is written.
        }
        return true;
    }

    private void closeWindow() {
        long count = suppressed;
        suppressed = 0;
        windowOpen = false;
        if (count > 0) {
            summary.accept(count);
        }
    }
}
