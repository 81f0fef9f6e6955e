package org.ocppbridge.bridge.transfer;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one cancel signal of a transfer job (a firmware update, a log upload): a flag, plus how to cut the
 * connection the job is blocked on right now. The transfer layer registers the cut while a connection is open;
 * {@link #cancel()} raises the flag and cuts.
 *
 * <p>The cut runs on a short-lived thread of its own, "ocpp-transfer-abort": closing a connection can wait for a
 * read in progress (HttpURLConnection shares a lock between the two), up to the read time-out against a server
 * that stalls, and the caller is often the protocol core answering a new request (L01.FR.24, N01.FR.12), which
 * must not wait. The thread ends as soon as the blocked read does.
 *
 * <p>A cut can miss: HttpURLConnection disconnected after the request body was written and before the response
 * is read silently opens a fresh connection and waits the whole read time-out (60 s for logs) for an answer to a
 * request it never sent there. So a cut registered with {@link #onCancelRepeated} (the HTTP upload, which clears
 * in its {@code finally}) is repeated every {@link #RECUT_INTERVAL} until the transfer layer reports the
 * connection closed ({@link #clear()}), at most {@link #MAX_CUTS} times.
 */
public final class TransferCancel {

    /** How long a cut has to end the transfer before it is made again. */
    static final Duration RECUT_INTERVAL = Duration.ofMillis(200);

    /** Bound on the cuts of one cancel (10 s in all). */
    static final int MAX_CUTS = 50;

    private boolean cancelled;
    private Runnable cut;
    private boolean connectionOpen; // guarded by this: a repeated cut is registered and not yet cleared

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Raises the flag and cuts the open connection, if any. Never blocks. */
    public void cancel() {
        Runnable toRun;
        synchronized (this) {
            cancelled = true;
            toRun = cut;
            cut = null;
        }
        if (toRun != null) {
            runAside(toRun);
        }
    }

    /** Registers how to cut the connection now open; cuts at once when the flag is already up. */
    void onCancel(Runnable action) {
        register(action, false);
    }

    /** As {@link #onCancel}, and the cut is made again until {@link #clear()} (see the class comment). */
    void onCancelRepeated(Runnable action) {
        register(action, true);
    }

    private void register(Runnable action, boolean repeated) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            cut = now ? null : action;
            connectionOpen = repeated;
        }
        if (now) {
            runAside(action);
        }
    }

    /** The connection is closed: nothing left to cut. */
    synchronized void clear() {
        cut = null;
        connectionOpen = false;
        notifyAll();
    }

    /** Throws when the flag is up; called between buffers of a copy. */
    void check() throws TransferException {
        if (isCancelled()) {
            throw TransferException.cancelled();
        }
    }

    private void runAside(Runnable action) {
        Thread aborter = new Thread(() -> cutUntilClosed(action), "ocpp-transfer-abort");
        aborter.setDaemon(true);
        aborter.start();
    }

    /** Cuts, and cuts again while the transfer still runs (see the class comment); bounded. */
    private void cutUntilClosed(Runnable action) {
        for (int i = 0; i < MAX_CUTS; i++) {
            action.run();
            synchronized (this) {
                long end = System.nanoTime() + RECUT_INTERVAL.toNanos();
                long left;
                while (connectionOpen && (left = end - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!connectionOpen) {
                    return;
                }
            }
        }
    }
}
