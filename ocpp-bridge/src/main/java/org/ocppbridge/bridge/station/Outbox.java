package org.ocppbridge.bridge.station;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueEntry;
import org.ocppbridge.bridge.queue.Retention;
import org.ocppbridge.bridge.rpc.CallFailedException;
import org.ocppbridge.bridge.rpc.RpcSession;

/**
 * The station's outgoing notifications: each is written to the durable queue (fsynced) before it is first sent,
 * sent in order once the boot is Accepted, and removed only when its CALLRESULT arrives. A notification the CSMS
 * answers with a CALLERROR is removed too (it was received; resending would block the queue forever). Nothing is
 * sent while a CSMS CALL waits for its answer: a notification of the work the CALL starts must not overtake the
 * answer (reply first, act second), so sending resumes when the RPC session says the CALL is answered.
 *
 * <p>{@link #enqueue} may be called from any thread; everything else runs on the core thread.
 */
final class Outbox {

    private static final Duration DRAIN_POLL = Duration.ofMillis(50);

    private final DurableQueue queue;
    private final RpcSession rpc;
    private final ScheduledExecutorService core;
    private final Gson gson;
    private final Duration retryAfterTimeout;
    private final StationObserver observer;
    private final Clock clock;

    private boolean open;
    private boolean sending;
    private long generation;

    Outbox(StationContext context, DurableQueue queue, Duration retryAfterTimeout) {
        this.queue = queue;
        this.rpc = context.rpc();
        this.core = context.core();
        this.clock = context.clock();
        this.gson = context.gson();
        this.retryAfterTimeout = retryAfterTimeout;
        this.observer = context.observer();
    }

    /** Persists a notification; it goes out when its turn comes. Any thread. */
    void enqueue(String action, Object request, Retention retention) {
        try {
            queue.append(action, gson.toJson(request), retention);
        } catch (IOException e) {
            // The disk refused the write: the notification cannot be made durable. Say so loudly; the caller's
            // thread (often the charger's) must not die of it.
            observer.unexpectedError("persisting " + action, e);
            return;
        }
        core.execute(this::drain);
    }

    /** The boot was Accepted on this connection: start sending. */
    void open() {
        open = true;
        generation++;
        drain();
    }

    /** The connection closed or the registration is no longer Accepted. */
    void close() {
        open = false;
        sending = false;
        generation++;
    }

    /**
     * Runs {@code action} on the core thread once every queued notification is acknowledged, or when {@code limit}
     * has passed, whichever comes first: before a reset or restart, what is queued gets a bounded chance to reach
     * the CSMS; what is left stays on disk and goes out after the boot.
     */
    void whenDrained(Duration limit, Runnable action) {
        Instant deadline = clock.instant().plus(limit);
        core.execute(() -> awaitDrained(deadline, action));
    }

    private void awaitDrained(Instant deadline, Runnable action) {
        if (pending() > 0 && clock.instant().isBefore(deadline)) {
            core.schedule(() -> awaitDrained(deadline, action), DRAIN_POLL.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        action.run();
    }

    /** How many notifications wait for their acknowledgement. */
    int pending() {
        return queue.size();
    }

    /** The CSMS CALLs being decided are answered: what waits may go (core thread). */
    void answered() {
        drain();
    }

    private void drain() {
        if (!open || sending || rpc.isAnswering()) {
            return;
        }
        Optional<QueueEntry> next = queue.peek();
        if (next.isEmpty()) {
            return;
        }
        QueueEntry entry = next.get();
        sending = true;
        long sentIn = generation;
        JsonObject payload = gson.fromJson(entry.payloadJson(), JsonObject.class);
        rpc.call(entry.action(), payload, JsonObject.class).whenComplete((response, failure) -> {
            if (sentIn != generation) {
                return;
            }
            sending = false;
            if (failure == null || isAnsweredByCsms(failure)) {
                acknowledge(entry);
                observer.notificationDelivered(entry.action(), entry.sequence());
                drain();
            } else if (failure instanceof CallFailedException failed
                    && failed.reason() == CallFailedException.Reason.TIMED_OUT) {
                // Keep it at the head and try again: the CSMS may be slow, the entry must not be lost.
                core.schedule(this::drain, retryAfterTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } else if (failure instanceof CallFailedException failed
                    && failed.reason() == CallFailedException.Reason.INVALID_REQUEST) {
                // Cannot ever be sent valid; keep the queue moving and say so loudly.
                observer.unexpectedError("queued " + entry.action(), failure);
                acknowledge(entry);
                drain();
            }
            // NOT_CONNECTED: the entry stays at the head until the next Accepted boot.
        });
    }

    private void acknowledge(QueueEntry entry) {
        try {
            queue.acknowledge(entry.sequence());
        } catch (IOException e) {
            // Not removed on disk: it will be sent once more after a restart, which is better than never.
            observer.unexpectedError("acknowledging " + entry.action(), e);
        }
    }

    private static boolean isAnsweredByCsms(Throwable failure) {
        return failure instanceof CallFailedException failed
                && (failed.reason() == CallFailedException.Reason.CALL_ERROR
                        || failed.reason() == CallFailedException.Reason.INVALID_RESPONSE);
    }
}
