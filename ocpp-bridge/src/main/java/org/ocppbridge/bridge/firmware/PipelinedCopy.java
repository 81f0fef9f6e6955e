package org.ocppbridge.bridge.firmware;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;

/**
 * The copy loop of the direct download path (issue 18): the caller's thread reads the socket into a direct buffer
 * and writes it to the file, a second thread ("ocpp-firmware-hash", one per download) feeds the same buffer to
 * SHA-256, so that on two cores hashing overlaps reading and writing instead of following them (measured: SHA-256
 * is the longest of the three steps). Four buffers circulate: read and written by the caller, then hashed, then
 * free again. Every byte is hashed once, in the order it arrived, straight from the buffer it was read into;
 * nothing is read back from the file and nothing is copied into the heap but SHA-256's own 4 KiB steps.
 */
final class PipelinedCopy {

    static final int BUFFERS = 4;
    static final int BUFFER_SIZE = 1024 * 1024;

    /** A hash of 1 MiB takes about a millisecond: a buffer not back within this is a stuck thread, not a slow one. */
    private static final long BUFFER_WAIT_SECONDS = 60;

    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private PipelinedCopy() {}

    /**
     * Copies {@code in} to {@code out} until its end, hashing every byte into {@code sha256}; returns the bytes
     * written. When it returns, the hash thread has ended and {@code sha256} holds every byte.
     *
     * @throws TransferException CANCELLED when {@code cancel} rose between two reads
     */
    static long copy(ReadableByteChannel in, FileChannel out, MessageDigest sha256, TransferCancel cancel)
            throws IOException {
        Hasher hasher = new Hasher(sha256, Thread.currentThread());
        Thread thread = new Thread(hasher, "ocpp-firmware-hash");
        thread.setDaemon(true);
        thread.start();
        long written = 0;
        Exception failed = null;
        try {
            for (boolean end = false; !end; ) {
                ByteBuffer buffer = hasher.takeFree();
                end = fill(in, buffer, cancel);
                buffer.flip();
                ByteBuffer forFile = buffer.duplicate();
                while (forFile.hasRemaining()) {
                    written += out.write(forFile);
                }
                hasher.hash(buffer);
            }
        } catch (IOException | RuntimeException e) {
            failed = e;
            throw e;
        } finally {
            hasher.end();
            try {
                join(thread);
            } catch (IOException | RuntimeException e) {
                if (failed == null) {
                    throw e;
                }
                failed.addSuppressed(e); // the copy's own failure is the one to report
            }
        }
        hasher.rethrow();
        return written;
    }

    /** Reads until the buffer is full or the body ends; true at the end of the body. */
    private static boolean fill(ReadableByteChannel in, ByteBuffer buffer, TransferCancel cancel) throws IOException {
        while (buffer.hasRemaining()) {
            int n = in.read(buffer);
            if (cancel.isCancelled()) {
                throw new TransferException(TransferException.Failure.CANCELLED, "cancelled");
            }
            if (n < 0) {
                return true;
            }
        }
        return false;
    }

    private static void join(Thread thread) throws InterruptedIOException {
        try {
            // After END the hash thread has at most BUFFERS buffers left to hash: milliseconds.
            thread.join(TimeUnit.SECONDS.toMillis(BUFFER_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the image's last buffers were hashed");
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("ocpp-firmware-hash did not end within " + BUFFER_WAIT_SECONDS + " s");
        }
    }

    /** The hash thread: takes filled buffers in order, hashes them, hands them back. */
    private static final class Hasher implements Runnable {

        private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
        // Room for every buffer and the END marker, so the reader never waits to hand one over.
        private final BlockingQueue<ByteBuffer> filled = new ArrayBlockingQueue<>(BUFFERS + 1);
        private final MessageDigest sha256;
        private final Thread reader;
        private volatile RuntimeException failure;

        Hasher(MessageDigest sha256, Thread reader) {
            this.sha256 = sha256;
            this.reader = reader;
            for (int i = 0; i < BUFFERS; i++) {
                free.add(ByteBuffer.allocateDirect(BUFFER_SIZE));
            }
        }

        ByteBuffer takeFree() throws IOException {
            ByteBuffer buffer;
            try {
                buffer = free.poll(BUFFER_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a hashed buffer");
            }
            if (buffer == null) {
                throw new IOException("ocpp-firmware-hash returned no buffer within " + BUFFER_WAIT_SECONDS + " s");
            }
            buffer.clear();
            return buffer;
        }

        void hash(ByteBuffer buffer) {
            filled.add(buffer);
        }

        void end() {
            filled.add(END);
        }

        void rethrow() {
            RuntimeException e = failure;
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void run() {
            while (true) {
                ByteBuffer buffer;
                try {
                    buffer = filled.poll(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return; // nobody interrupts this thread; if someone does, the reader's bounded waits end it
                }
                if (buffer == null) {
                    if (!reader.isAlive()) {
                        return; // the reader died without END (it cannot, but this thread must not outlive it)
                    }
                    continue;
                }
                if (buffer == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        sha256.update(buffer);
                    } catch (RuntimeException e) {
                        failure = e; // reported by the reader at the end; buffers keep circulating until then
                    }
                }
                free.add(buffer);
            }
        }
    }
}
