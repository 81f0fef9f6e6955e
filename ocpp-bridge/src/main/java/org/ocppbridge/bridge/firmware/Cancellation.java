package org.ocppbridge.bridge.firmware;

/** The cancel signal of one update: a flag, plus the transfer or process to break off when it is raised. */
final class Cancellation {

    private boolean cancelled;
    private FirmwareTransfer transfer;

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Raises the flag and aborts the current transfer, if any. */
    synchronized void cancel() {
        cancelled = true;
        if (transfer != null) {
            transfer.abort();
        }
    }

    /** Registers the running transfer; aborts it at once when the flag is already up. */
    synchronized void attach(FirmwareTransfer running) {
        transfer = running;
        if (cancelled) {
            running.abort();
        }
    }

    synchronized void detach() {
        transfer = null;
    }
}
