package org.ocppbridge.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocppbridge.bridge.transfer.TransferCancel;
import org.ocppbridge.bridge.transfer.TransferException;

/**
 * The direct path's copy: the file and the digest get every byte once, in order, however the reads are cut; a
 * cancel ends it; the hash thread never outlives the copy (the thread hygiene extension checks every test).
 */
class PipelinedCopyTest {

    @TempDir
    Path dir;

    @Test
    void every_byte_reaches_the_file_and_the_digest_in_order_across_many_buffers() throws Exception {
        // More than the four buffers hold, in odd read sizes, ending in a partial buffer.
        byte[] image = new byte[PipelinedCopy.BUFFERS * PipelinedCopy.BUFFER_SIZE * 2 + 12_345];
        new Random(18).nextBytes(image);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Path file = dir.resolve("image.bin");

        long written;
        try (FileChannel out = open(file)) {
            written = PipelinedCopy.copy(new ChoppyChannel(image, 70_001), out, sha256, new TransferCancel());
        }

        assertEquals(image.length, written);
        assertArrayEquals(image, Files.readAllBytes(file));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(image), sha256.digest());
    }

    @Test
    void an_empty_body_gives_an_empty_file_and_the_digest_of_nothing() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Path file = dir.resolve("empty.bin");

        try (FileChannel out = open(file)) {
            assertEquals(0, PipelinedCopy.copy(new ChoppyChannel(new byte[0], 1), out, sha256, new TransferCancel()));
        }

        assertEquals(0, Files.size(file));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(new byte[0]), sha256.digest());
    }

    @Test
    void a_cancel_between_two_reads_ends_the_copy_as_cancelled() throws Exception {
        TransferCancel cancel = new TransferCancel();
        byte[] image = new byte[3 * PipelinedCopy.BUFFER_SIZE];
        ReadableByteChannel cancelledAfterFirstRead = new ChoppyChannel(image, 4096) {
            @Override
            public int read(ByteBuffer into) {
                int n = super.read(into);
                cancel.cancel();
                return n;
            }
        };

        try (FileChannel out = open(dir.resolve("cancelled.bin"))) {
            TransferException e = assertThrows(
                    TransferException.class,
                    () -> PipelinedCopy.copy(
                            cancelledAfterFirstRead, out, MessageDigest.getInstance("SHA-256"), cancel));
            assertEquals(TransferException.Failure.CANCELLED, e.failure());
        }
    }

    @Test
    void a_failed_read_ends_the_copy_with_that_failure() throws Exception {
        ReadableByteChannel broken = new ChoppyChannel(new byte[2 * PipelinedCopy.BUFFER_SIZE], 65_536) {
            private int reads;

            @Override
            public int read(ByteBuffer into) {
                if (++reads == 20) {
                    throw new IllegalStateException("connection reset");
                }
                return super.read(into);
            }
        };

        try (FileChannel out = open(dir.resolve("broken.bin"))) {
            assertThrows(
                    IllegalStateException.class,
                    () -> PipelinedCopy.copy(broken, out, MessageDigest.getInstance("SHA-256"), new TransferCancel()));
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** A body that arrives at most {@code chunk} bytes per read, as a socket's reads do. */
    private static class ChoppyChannel implements ReadableByteChannel {
        private final ByteBuffer body;
        private final int chunk;

        ChoppyChannel(byte[] body, int chunk) {
            this.body = ByteBuffer.wrap(body);
            this.chunk = chunk;
        }

        @Override
        public int read(ByteBuffer into) {
            if (!body.hasRemaining()) {
                return -1;
            }
            int n = Math.min(Math.min(chunk, body.remaining()), into.remaining());
            into.put(body.slice().limit(n));
            body.position(body.position() + n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
