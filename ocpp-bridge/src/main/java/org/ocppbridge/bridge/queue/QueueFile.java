package org.ocppbridge.bridge.queue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The queue's append-only file: where the next record goes, what has been forced to the disk, and the atomic
 * rewrite that compaction and repair use. What to write, and when to force, is {@link DurableQueue}'s business.
 *
 * <p>Not thread-safe: the queue calls it under its own lock.
 */
final class QueueFile implements Closeable {

    private final Path directory;
    private final Path file;
    private final Path temp;
    private final QueueListener listener;

    private FileChannel channel;
    private long writePosition;
    /** A record was written but not yet forced. */
    private boolean unforced;

    private long lastForceNanos;
    private long forces;

    QueueFile(Path file, Path temp, QueueListener listener) {
        this.file = file;
        this.directory = file.getParent();
        this.temp = temp;
        this.listener = listener;
    }

    Path path() {
        return file;
    }

    /** Opens the existing file for reading its records; {@link #continueAt} then says where appending goes on. */
    FileChannel openExisting() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return channel;
    }

    /** Appending goes on after the last valid record. */
    void continueAt(long validEnd) {
        writePosition = validEnd;
    }

    /** Cuts off what follows the last valid record (a torn write) and forces the cut. */
    void cutAt(long validEnd) throws IOException {
        writePosition = validEnd;
        channel.truncate(validEnd);
        force();
    }

    /**
     * Writes {@code records} after the last valid one, forced before returning when {@code durably}; on failure
     * cuts the file back, so no half record stays.
     */
    void append(ByteBuffer records, boolean durably) throws IOException {
        long start = writePosition;
        try {
            while (records.hasRemaining()) {
                channel.write(records, start + records.position());
            }
            if (durably) {
                force();
            } else {
                unforced = true;
            }
        } catch (IOException e) {
            try {
                channel.truncate(start);
            } catch (IOException truncating) {
                e.addSuppressed(truncating);
            }
            throw e;
        }
        writePosition = start + records.limit();
    }

    /**
     * fdatasync: the data and the file length, which is what reading the records back needs (the modification time
     * is not). It also makes every earlier unforced write durable.
     */
    void force() throws IOException {
        channel.force(false);
        forces++;
        unforced = false;
        lastForceNanos = System.nanoTime();
    }

    boolean hasUnforcedWrites() {
        return unforced;
    }

    long nanosSinceLastForce() {
        return System.nanoTime() - lastForceNanos;
    }

    long forces() {
        return forces;
    }

    /** Where the next record goes: the length of the valid data. */
    long length() {
        return writePosition;
    }

    /**
     * Writes {@code header} and {@code records} to a temporary file, forces it, renames it over the queue file
     * (atomic: a crash leaves either the old or the new file) and goes on appending to the new one.
     */
    void rewrite(byte[] header, List<ByteBuffer> records) throws IOException {
        long length;
        try (FileChannel out = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, ByteBuffer.wrap(header));
            for (ByteBuffer record : records) {
                writeFully(out, record);
            }
            out.force(true);
            length = out.size();
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
        FileChannel old = channel;
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        writePosition = length;
        // The new file holds only what was handed in, all forced: nothing earlier is left to force.
        unforced = false;
        lastForceNanos = System.nanoTime();
        if (old != null) {
            old.close();
        }
    }

    /** Forces what is unforced, then closes. */
    @Override
    public void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            if (unforced) {
                force();
            }
        } finally {
            channel.close();
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private void syncDirectory() {
        // POSIX needs the directory flushed for a rename to survive a power cut; some platforms refuse to open one.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            listener.directorySyncFailed(e);
        }
    }
}
