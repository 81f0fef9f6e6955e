package org.ocppbridge.bridge.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;

/** Records the LogStatus values a service reports, in order, for tests to take one by one with a bounded wait. */
final class StatusRecorder implements Consumer<LogStatus> {

    private final LinkedBlockingQueue<LogStatus> statuses = new LinkedBlockingQueue<>();

    @Override
    public void accept(LogStatus status) {
        statuses.add(status);
    }

    /** The next status, which must be {@code expected} for {@code requestId}, within 10 s. */
    LogStatus expect(LogStatusEnum expected, int requestId) throws InterruptedException {
        LogStatus next = statuses.poll(10, TimeUnit.SECONDS);
        assertNotNull(next, "no LogStatus within 10 s, expected " + expected);
        assertEquals(new LogStatus(expected, requestId), next);
        return next;
    }

    /** The next status, whatever it is, within {@code timeout}. */
    LogStatus next(Duration timeout) throws InterruptedException {
        LogStatus next = statuses.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(next, "no LogStatus within " + timeout);
        return next;
    }

    void assertNothingMore() {
        assertTrue(statuses.isEmpty(), "unexpected statuses: " + List.copyOf(statuses));
    }
}
