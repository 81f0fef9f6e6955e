package org.ocppbridge.bridge.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a thread of the bridge ("ocpp-…") running after it, or during which such a thread died
 * of an uncaught exception. Registered for every test through the service loader (junit-platform.properties
 * turns autodetection on). Threads get a bounded time to end, since executors stop asynchronously.
 */
public final class ThreadHygieneExtension implements BeforeEachCallback, AfterEachCallback {

    private static final long GRACE_MILLIS = 3_000;
    private static final String PREFIX = "ocpp-";

    private final List<String> uncaught = new CopyOnWriteArrayList<>();
    private Set<Thread> before = Set.of();
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        before = ocppThreads();
        uncaught.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (thread.getName().startsWith(PREFIX)) {
                uncaught.add(thread.getName() + ": " + error);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        long deadline = System.currentTimeMillis() + GRACE_MILLIS;
        Set<Thread> left = leftBehind();
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            for (Thread thread : left) {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
            left = leftBehind();
        }
        if (!uncaught.isEmpty()) {
            throw new AssertionError("uncaught exceptions in bridge threads: " + uncaught);
        }
        if (!left.isEmpty()) {
            throw new AssertionError("threads left running after the test: "
                    + left.stream().map(Thread::getName).sorted().collect(Collectors.joining(", ")));
        }
    }

    private Set<Thread> leftBehind() {
        Set<Thread> now = ocppThreads();
        now.removeAll(before);
        return now;
    }

    private static Set<Thread> ocppThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith(PREFIX))
                .collect(Collectors.toSet());
    }
}
