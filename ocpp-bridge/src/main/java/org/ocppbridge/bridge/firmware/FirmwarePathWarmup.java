package org.ocppbridge.bridge.firmware;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;

/**
 * Gets the firmware path's hot code compiled while the first UpdateFirmware is still being checked (issue 18).
 * A fresh JVM hashes its first megabytes of SHA-256 in the interpreter and in C1, which have no SHA-256 intrinsic:
 * measured here, the first 16 MiB of an image took 60–220 ms instead of 13 ms once C2 had compiled the digest
 * loop. Hashing 8 MiB of zeros the same way the download does (a direct buffer) on a short-lived thread
 * ("ocpp-firmware-warmup"), in parallel with the certificate check and the state file, has C2 compile it before
 * the first byte arrives; the verifiers' providers are set up on the same thread, so the check after the last
 * byte does not load them then. Once per updater: the compiled code stays for the JVM's life.
 *
 * <p>Not at start-up: it would cost idle memory (the 48 MiB target of the image) for an update that may never
 * come. The thread only computes; it ends by itself in about 100 ms, or at {@link #close()}.
 */
final class FirmwarePathWarmup implements AutoCloseable {

    private static final int STEP = 64 * 1024;
    private static final int STEPS = 128; // 8 MiB: enough calls for C2 to compile the digest loop (measured)
    private static final long JOIN_MILLIS = 1_000;

    private Thread thread;
    private boolean started;
    private boolean closed;

    /** Starts the warm-up the first time it is asked; later calls do nothing. */
    synchronized void startOnce() {
        if (started || closed) {
            return;
        }
        started = true;
        thread = new Thread(FirmwarePathWarmup::run, "ocpp-firmware-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            ByteBuffer zeros = ByteBuffer.allocateDirect(STEP);
            for (int i = 0; i < STEPS && !Thread.currentThread().isInterrupted(); i++) {
                zeros.clear();
                sha256.update(zeros);
            }
            sha256.digest();
            // The verifiers of SignatureCheck.verifyDigest: their first getInstance sets up the JCE providers.
            Signature.getInstance("NONEwithRSA");
            Signature.getInstance("NONEwithECDSA");
        } catch (GeneralSecurityException e) {
            // Nothing to warm: the real check will report the missing algorithm itself.
        }
    }

    /** Stops a warm-up still running (bounded wait); the updater calls it when it closes. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        if (running == null) {
            return;
        }
        running.interrupt();
        try {
            running.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
