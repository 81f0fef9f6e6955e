package org.ocppbridge.bridge.system.socket;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bridge's commands that wait for the system's reply, by id ({@code b-1}, {@code b-2}, ...). Each completes
 * exactly once: with the result, the system's error, a time-out, or the loss of the connection. Nobody blocks on
 * them: the time-out is a task on the injected scheduler, and each reply completes its future on the thread that
 * read it. Thread-safe.
 */
final class PendingCommands {

    /** OCPP reason code for every way a system fails to decide (Part 2 Appendix 5). */
    static final String REASON = "InternalError";

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    /** A command waiting for its reply on one connection. */
    private record Waiting(Object connection, CompletableFuture<JsonElement> reply) {}

    /** One command registered as waiting: its id, and its reply (a {@link CommandFailedException} on failure). */
    record Opened(String id, CompletableFuture<JsonElement> reply) {}

    PendingCommands(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * A new id, registered as waiting for a reply on {@code connection} for at most {@code timeout}; the id stops
     * waiting once the reply completes, however it does.
     */
    Opened open(Object connection, String command, Duration timeout) {
        String id = "b-" + nextId.getAndIncrement();
        CompletableFuture<JsonElement> reply = new CompletableFuture<>();
        waiting.put(id, new Waiting(connection, reply));
        ScheduledFuture<?> expiry = timer.schedule(
                () -> reply.completeExceptionally(new CommandFailedException(
                        "the charger system did not answer " + command + " within " + timeout.toSeconds() + " s")),
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        reply.whenComplete((result, failure) -> {
            waiting.remove(id);
            expiry.cancel(false);
        });
        return new Opened(id, reply);
    }

    /** The system's result; false when nothing waits for that id. */
    boolean complete(String id, JsonElement result) {
        Waiting entry = waiting.get(id);
        return entry != null && entry.reply().complete(result);
    }

    /** The system's error (or a result the bridge refused); false when nothing waits for that id. */
    boolean fail(String id, String why) {
        Waiting entry = waiting.get(id);
        return entry != null && entry.reply().completeExceptionally(new CommandFailedException(why));
    }

    /** A connection is gone: what waits on it fails at once instead of running into its time-out. */
    void failAll(Object connection, String why) {
        waiting.values().stream()
                .filter(entry -> entry.connection() == connection)
                .forEach(entry -> entry.reply().completeExceptionally(new CommandFailedException(why)));
    }
}
