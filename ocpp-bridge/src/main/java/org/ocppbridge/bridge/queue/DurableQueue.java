package org.ocppbridge.bridge.queue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The durable queue of outgoing notifications (FirmwareStatusNotification, LogStatusNotification,
 * SecurityEventNotification): an append-only file of length-prefixed, CRC32-checked records in one directory.
 *
 * <ul>
 *   <li>{@link #append} returns only after the record is written and forced to the disk, so a notification is
 *       durable before it is first sent.
 *   <li>{@link #acknowledge} writes its record at once (a crash of the process loses nothing: the kernel has it)
 *       but forces it only when the queue becomes empty or the last force is older than the acknowledgement force
 *       interval ({@value #DEFAULT_ACK_FORCE_INTERVAL_MS} ms by default); any later write forces it too. Draining a
 *       backlog after a reconnect thus costs one fsync per interval instead of one per entry. What a power cut can
 *       cost is duplicates, never a loss: the entries acknowledged within the last interval are sent again.
 *   <li>Entries come out in the order they went in, across restarts. Delivery is at least once: a crash between
 *       the CALLRESULT and the acknowledgement's write (or a power cut before its force) sends that entry again.
 *   <li>Opening never fails because of the file's content (see {@link RecoveryReport}): a torn last record (a
 *       crash during a write) is cut off; damage elsewhere is skipped up to the next valid record, a copy of the
 *       damaged file is kept as {@value #DAMAGED_COPY_NAME}, and the file is rewritten clean.
 *   <li>Bounded: when an append finds {@code capacity} entries waiting, the oldest {@link Retention#DROPPABLE}
 *       entry is dropped (recorded durably in the same write). If none is droppable the queue grows beyond its
 *       capacity and reports it; a {@link Retention#KEEP} entry is never dropped.
 *   <li>Compaction: once at least {@value #COMPACT_MIN_DEAD_RECORDS} records in the file are dead (acknowledged or
 *       dropped entries and their removal records) and they outnumber the waiting entries, the file is rewritten
 *       with only the waiting entries into a temporary file that is forced and then atomically renamed over it.
 * </ul>
 *
 * <p>Every public method is synchronized: the protocol core thread sends and acknowledges, and the charger
 * system's listener may append from any thread. An open queue holds an OS file lock on {@value #LOCK_NAME}, so a
 * second bridge on the same data directory fails to start instead of corrupting the queue.
 *
 * <p>Why this file is longer than ~300 lines: about a third of it is the contract above and the comments on the
 * force and compaction rules, which belong next to the code that keeps them; the record format
 * ({@code QueueFileFormat}), the file ({@code QueueFile}), the scan ({@code QueueFileScanner}) and the lock
 * ({@code QueueLock}) are already classes of their own, and what is left is one view of the waiting entries.
 */
public final class DurableQueue implements Closeable {

    public static final String FILE_NAME = "outgoing-queue.bin";
    public static final String DAMAGED_COPY_NAME = "outgoing-queue.damaged";
    static final String TEMP_NAME = "outgoing-queue.tmp";
    static final String LOCK_NAME = "outgoing-queue.lock";
    static final int COMPACT_MIN_DEAD_RECORDS = 64;
    static final long DEFAULT_ACK_FORCE_INTERVAL_MS = 100;

    private final Path directory;
    private final Path file;
    private final int capacity;
    private final Clock clock;
    private final QueueListener listener;
    private final long ackForceIntervalNanos;
    private final QueueLock lock;
    /** The waiting entries by sequence, oldest first. */
    private final TreeMap<Long, QueueEntry> waiting = new TreeMap<>();

    private final QueueFile queueFile;

    private long lastSequence;
    private int recordsInFile;
    private RecoveryReport recoveryReport;
    private boolean closed;

    private DurableQueue(
            Path directory,
            int capacity,
            Clock clock,
            QueueListener listener,
            Duration ackForceInterval,
            QueueLock lock) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.capacity = capacity;
        this.clock = clock;
        this.listener = listener;
        this.ackForceIntervalNanos = ackForceInterval.toNanos();
        this.lock = lock;
        this.queueFile = new QueueFile(file, directory.resolve(TEMP_NAME), listener);
    }

    /**
     * Opens (or creates) the queue in {@code directory}, recovering what a crash or damage left.
     *
     * @param capacity the number of waiting entries above which droppable entries are dropped (at least 1)
     * @throws IOException when the directory or file cannot be used at all, or another process holds the queue
     */
    public static DurableQueue open(Path directory, int capacity, Clock clock, QueueListener listener)
            throws IOException {
        return open(directory, capacity, clock, listener, Duration.ofMillis(DEFAULT_ACK_FORCE_INTERVAL_MS));
    }

    /**
     * As {@link #open(Path, int, Clock, QueueListener)}, with the longest time an acknowledgement may stay
     * unforced while more entries wait ({@link Duration#ZERO}: every acknowledgement is forced).
     */
    public static DurableQueue open(
            Path directory, int capacity, Clock clock, QueueListener listener, Duration ackForceInterval)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(ackForceInterval, "ackForceInterval");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(listener, "listener");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        Files.createDirectories(directory);
        QueueLock lock = QueueLock.acquire(directory.resolve(LOCK_NAME));
        DurableQueue queue = new DurableQueue(directory, capacity, clock, listener, ackForceInterval, lock);
        try {
            queue.recover();
        } catch (IOException | RuntimeException e) {
            try {
                queue.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return queue;
    }

    private void recover() throws IOException {
        // A temporary file is an unfinished compaction: the rename did not happen, so the queue file is the truth.
        Files.deleteIfExists(directory.resolve(TEMP_NAME));
        if (!Files.exists(file)) {
            rewrite();
            recoveryReport = new RecoveryReport(file, 0, 0, List.of(), Optional.empty());
            return;
        }
        FileChannel channel = queueFile.openExisting();
        QueueFileScanner.Result scan = QueueFileScanner.scan(channel, new Replay());
        recordsInFile = scan.validRecords();
        queueFile.continueAt(scan.validEnd());
        Optional<Path> damagedCopy = Optional.empty();
        boolean damagedBeforeEnd = scan.damaged().stream().anyMatch(region -> !region.atEnd());
        if (!scan.headerValid() || damagedBeforeEnd) {
            if (channel.size() > 0) {
                Path copy = directory.resolve(DAMAGED_COPY_NAME);
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                damagedCopy = Optional.of(copy);
            }
            rewrite();
        } else if (!scan.damaged().isEmpty()) {
            // Only a torn last record: cut it off so the next record follows the last valid one.
            queueFile.cutAt(scan.validEnd());
        }
        recoveryReport = new RecoveryReport(file, scan.validRecords(), waiting.size(), scan.damaged(), damagedCopy);
        if (!recoveryReport.clean()) {
            listener.recoveredWithDamage(recoveryReport);
        }
        compactIfDeadRecordsDominate();
    }

    /** Applies the records of the file to the in-memory view, in file order. */
    private final class Replay implements QueueFileFormat.RecordSink {
        @Override
        public void entry(QueueEntry entry) {
            waiting.put(entry.sequence(), entry);
            lastSequence = Math.max(lastSequence, entry.sequence());
        }

        @Override
        public void removed(long sequence, boolean dropped) {
            waiting.remove(sequence);
            lastSequence = Math.max(lastSequence, sequence);
        }

        @Override
        public void mark(long sequence) {
            lastSequence = Math.max(lastSequence, sequence);
        }
    }

    /** Appends a notification that must never be dropped; see {@link #append(String, String, Retention)}. */
    public QueueEntry append(String action, String payloadJson) throws IOException {
        return append(action, payloadJson, Retention.KEEP);
    }

    /**
     * Writes the entry and forces it to the disk, then returns it. When the queue is full, the oldest droppable
     * entry is dropped in the same write; when none is droppable the queue grows beyond its capacity.
     *
     * @throws IOException when the entry could not be made durable; then the queue is unchanged
     */
    public synchronized QueueEntry append(String action, String payloadJson, Retention retention) throws IOException {
        ensureOpen();
        QueueEntry entry = new QueueEntry(lastSequence + 1, action, payloadJson, clock.instant(), retention);
        ByteBuffer entryRecord = QueueFileFormat.entryRecord(entry);
        Optional<QueueEntry> dropped = waiting.size() >= capacity ? oldestDroppable() : Optional.empty();
        ByteBuffer records = dropped.map(victim ->
                        concat(QueueFileFormat.shortRecord(QueueFileFormat.DROPPED, victim.sequence()), entryRecord))
                .orElse(entryRecord);
        queueFile.append(records, true);
        lastSequence = entry.sequence();
        dropped.ifPresent(victim -> waiting.remove(victim.sequence()));
        waiting.put(entry.sequence(), entry);
        recordsInFile += dropped.isPresent() ? 2 : 1;
        dropped.ifPresent(victim -> listener.droppedWhenFull(victim, capacity));
        if (waiting.size() > capacity) {
            listener.grewBeyondCapacity(waiting.size(), capacity);
        }
        compactIfDeadRecordsDominate();
        return entry;
    }

    /** The oldest waiting entry, the next one to send. */
    public synchronized Optional<QueueEntry> peek() {
        Map.Entry<Long, QueueEntry> first = waiting.firstEntry();
        return first == null ? Optional.empty() : Optional.of(first.getValue());
    }

    /**
     * Removes the entry for good (its CALLRESULT arrived), durably. Returns false when no such entry is waiting
     * (already acknowledged, or dropped while its CALL was out).
     */
    public synchronized boolean acknowledge(long sequence) throws IOException {
        ensureOpen();
        if (!waiting.containsKey(sequence)) {
            return false;
        }
        ByteBuffer record = QueueFileFormat.shortRecord(QueueFileFormat.ACKED, sequence);
        boolean forceNow = waiting.size() == 1 || queueFile.nanosSinceLastForce() >= ackForceIntervalNanos;
        queueFile.append(record, forceNow);
        waiting.remove(sequence);
        recordsInFile++;
        compactIfDeadRecordsDominate();
        return true;
    }

    /** How many times the queue file was forced since it was opened (for tests of the force policy). */
    synchronized long forces() {
        return queueFile.forces();
    }

    public synchronized int size() {
        return waiting.size();
    }

    /** Every waiting entry, oldest first (a copy). */
    public synchronized List<QueueEntry> all() {
        return List.copyOf(new ArrayList<>(waiting.values()));
    }

    public int capacity() {
        return capacity;
    }

    public Path file() {
        return file;
    }

    /** What opening found. */
    public synchronized RecoveryReport recoveryReport() {
        return recoveryReport;
    }

    /** Rewrites the file with only the waiting entries (also done automatically; public for tests and tools). */
    public synchronized void compact() throws IOException {
        ensureOpen();
        long before = queueFile.length();
        rewrite();
        listener.compacted(waiting.size(), before, queueFile.length());
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        // The file first: it forces what is unforced while the directory is still locked.
        for (Closeable resource : new Closeable[] {queueFile, lock}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private Optional<QueueEntry> oldestDroppable() {
        return waiting.values().stream()
                .filter(e -> e.retention() == Retention.DROPPABLE)
                .findFirst();
    }

    private void compactIfDeadRecordsDominate() throws IOException {
        int dead = recordsInFile - waiting.size();
        if (dead >= COMPACT_MIN_DEAD_RECORDS && dead > waiting.size()) {
            compact();
        }
    }

    /** Rewrites the file with the sequence mark and the waiting entries only (see {@link QueueFile#rewrite}). */
    private void rewrite() throws IOException {
        List<ByteBuffer> records = new ArrayList<>();
        if (lastSequence > 0) {
            // Keeps sequences increasing after every waiting entry is gone.
            records.add(QueueFileFormat.shortRecord(QueueFileFormat.MARK, lastSequence));
        }
        for (QueueEntry entry : waiting.values()) {
            records.add(QueueFileFormat.entryRecord(entry));
        }
        queueFile.rewrite(QueueFileFormat.FILE_HEADER, records);
        recordsInFile = records.size();
    }

    private static ByteBuffer concat(ByteBuffer first, ByteBuffer second) {
        return ByteBuffer.allocate(first.remaining() + second.remaining())
                .put(first)
                .put(second)
                .flip();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the queue in " + directory + " is closed");
        }
    }
}
