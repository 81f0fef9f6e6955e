package org.ocppbridge.bridge.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Lets another thread stop an upload attempt that is blocked on the network: the uploader registers how to cut
 * its connection, {@link #abort()} runs it (at once if the attempt registers after the abort).
 */
public final class UploadAbort {

    private static final int BUFFER = 64 * 1024;

    private Runnable action = () -> {};
    private boolean aborted;

    /** Registers how to cut the current connection; replaces an earlier action. */
    public void onAbort(Runnable cut) {
        boolean runNow;
        synchronized (this) {
            action = cut;
            runNow = aborted;
        }
        if (runNow) {
            cut.run();
        }
    }

    public void abort() {
        Runnable cut;
        synchronized (this) {
            aborted = true;
            cut = action;
        }
        cut.run();
    }

    public synchronized boolean aborted() {
        return aborted;
    }

    /** Copies {@code in} to {@code out} through one buffer, stopping with an exception once aborted. */
    void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[BUFFER];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (aborted()) {
                throw new IOException("upload aborted");
            }
            out.write(buf, 0, n);
        }
    }
}
