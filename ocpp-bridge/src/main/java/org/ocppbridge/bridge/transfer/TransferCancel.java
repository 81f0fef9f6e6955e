package org.ocppbridge.bridge.transfer;

/**
 * The one cancel signal of a transfer job (a firmware update, a log upload): a flag, plus how to cut the
 * connection the job is blocked on right now. The transfer layer registers the cut while a connection is open;
 * {@link #cancel()} raises the flag and cuts.
 *
 * <p>The cut runs on a short-lived thread of its own, "ocpp-transfer-abort": closing a connection can wait for a
 * read in progress (HttpURLConnection shares a lock between the two), up to the read time-out against a server
 * that stalls, and the caller is often the protocol core answering a new request (L01.FR.24, N01.FR.12), which
 * must not wait. The thread ends as soon as the blocked read does.
 */
public final class TransferCancel {

    private boolean cancelled;
    private Runnable cut;

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
        boolean now;
        synchronized (this) {
            now = cancelled;
            cut = now ? null : action;
        }
        if (now) {
            runAside(action);
        }
    }

    /** The connection is closed: nothing left to cut. */
    synchronized void clear() {
        cut = null;
    }

    /** Throws when the flag is up; called between buffers of a copy. */
    void check() throws TransferException {
        if (isCancelled()) {
            throw TransferException.cancelled();
        }
    }

    private static void runAside(Runnable action) {
        Thread aborter = new Thread(action, "ocpp-transfer-abort");
        aborter.setDaemon(true);
        aborter.start();
    }
}
