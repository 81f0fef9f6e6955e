package org.ocppbridge.bridge.system.socket;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.ocppbridge.bridge.system.SystemUnavailableException;

/**
 * The bridge's commands that wait for the system's reply, by id ({@code b-1}, {@code b-2}, ...). Each completes
 * exactly once: with the result, the system's error, a time-out, or the loss of the connection.
 */
final class PendingCommands {

    /** OCPP reason code for every way a system fails to decide (Part 2 Appendix 5). */
    static final String REASON = "InternalError";

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    /** A command waiting for its reply on one connection. */
    private record Waiting(Object connection, CompletableFuture<JsonElement> reply) {}

    /** A new id, registered as waiting for a reply on {@code connection}. */
    String open(Object connection) {
        String id = "b-" + nextId.getAndIncrement();
        waiting.put(id, new Waiting(connection, new CompletableFuture<>()));
        return id;
    }

    /** Stops waiting for {@code id} (the command could not even be sent). */
    void forget(String id) {
        waiting.remove(id);
    }

    /**
     * Waits for the reply to {@code id}, at most {@code timeout}; the id stops waiting either way.
     *
     * @throws SystemUnavailableException when no result came in time or the system answered with an error
     */
    JsonElement await(String id, String command, Duration timeout) {
        Waiting entry = waiting.get(id);
        if (entry == null) {
            throw new IllegalStateException("not waiting: " + id);
        }
        CompletableFuture<JsonElement> future = entry.reply();
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SystemUnavailableException(
                    REASON, "the charger system did not answer " + command + " within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SystemUnavailableException unavailable) {
                throw unavailable;
            }
            throw new SystemUnavailableException(REASON, "the charger system failed " + command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemUnavailableException(REASON, "interrupted while waiting for the charger system");
        } finally {
            waiting.remove(id);
        }
    }

    /** The system's result; false when nothing waits for that id. */
    boolean complete(String id, JsonElement result) {
        Waiting entry = waiting.get(id);
        return entry != null && entry.reply().complete(result);
    }

    /** The system's error (or a result the bridge refused); false when nothing waits for that id. */
    boolean fail(String id, String why) {
        Waiting entry = waiting.get(id);
        return entry != null && entry.reply().completeExceptionally(new SystemUnavailableException(REASON, why));
    }

    /** A connection is gone: what waits on it fails at once instead of running into its time-out. */
    void failAll(Object connection, String why) {
        waiting.values().stream()
                .filter(entry -> entry.connection() == connection)
                .forEach(entry -> entry.reply().completeExceptionally(new SystemUnavailableException(REASON, why)));
    }
}
