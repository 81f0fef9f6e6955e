package org.ocppbridge.simulator.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Prints one line per step with the time since the start: {@code [  3.214 s] ...}. */
final class Timeline {

    private final PrintStream out;
    private final Clock clock;
    private final Instant start;

    Timeline(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
        this.start = clock.instant();
    }

    void step(String text) {
        long millis = Duration.between(start, clock.instant()).toMillis();
        out.printf("[%4d.%03d s] %s%n", millis / 1000, millis % 1000, text);
        out.flush();
    }

    void section(String title) {
        step("== " + title + " ==");
    }
}
