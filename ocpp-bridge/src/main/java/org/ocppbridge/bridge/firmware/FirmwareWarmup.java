package org.ocppbridge.bridge.firmware;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the first UpdateFirmware of a process would otherwise pay between its arrival and SignatureVerified, paid
 * once while the station idles after its boot (issue 18): the first PKIX validation and signature verification
 * (their classes and the security providers' set-up), the NIO set-up of the direct http path, and SHA-256 before
 * the JIT has compiled it — hashed cold, the
 * first 64 MiB of an image take about twice as long as warm ones (measured, JDK 17 with and without tiered
 * compilation: 16 MiB of hashing is enough for C2 to compile the digest with its SHA intrinsic).
 *
 * <p>It runs as one task on "ocpp-firmware-check", so an UpdateFirmware that arrives meanwhile is decided right
 * after it, and {@link #stop()} (called by that UpdateFirmware) ends the hashing at the next 64 KiB. Best effort:
 * nothing it does is kept but the JVM's own state, and a failure only costs the time it would have saved.
 */
final class FirmwareWarmup implements Runnable {

    /** Enough for C2 to compile the digest loop (see the class comment); about 70 ms of one core, cold. */
    static final long HASHED_BYTES = 16L << 20;

    private static final int CHUNK = 64 * 1024;

    private final SigningCertificateCheck certificates;
    private final Runnable transfers;
    private volatile boolean stopped;
    private volatile long hashed;

    /** @param transfers the transfer layer's own warm-up (no connection) */
    FirmwareWarmup(SigningCertificateCheck certificates, Runnable transfers) {
        this.certificates = certificates;
        this.transfers = transfers;
    }

    /** An UpdateFirmware arrived: the hashing ends at its next chunk, the rest is skipped. */
    void stop() {
        stopped = true;
    }

    /** How many bytes were hashed (for tests). */
    long hashed() {
        return hashed;
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        try {
            certificates.warmUp();
            transfers.run();
        } catch (RuntimeException e) {
            // Best effort (class comment): the first UpdateFirmware meets the same problem and reports it.
        }
        hash();
    }

    private void hash() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            return;
        }
        // Direct, like the download's buffers: MessageDigest takes another path for a buffer with an array.
        ByteBuffer zeros = ByteBuffer.allocateDirect(CHUNK);
        long done = 0;
        while (done < HASHED_BYTES && !stopped) {
            sha256.update(zeros.duplicate());
            done += CHUNK;
        }
        sha256.digest();
        hashed = done;
    }
}
