package org.ocppbridge.bridge.queue;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events of the {@link DurableQueue} worth a line in the log or an assertion in a test. Called on the thread that
 * called the queue, while the queue's lock is held: implementations must be quick and must not call the queue.
 */
public interface QueueListener {

    /** Opening found damage; called only when {@link RecoveryReport#clean()} is false. */
    default void recoveredWithDamage(RecoveryReport report) {}

    /** The queue was full and this droppable entry made room for a newer one. */
    default void droppedWhenFull(QueueEntry dropped, int capacity) {}

    /** The queue was full of entries that must be kept, so it grew beyond its capacity. */
    default void grewBeyondCapacity(int size, int capacity) {}

    /** The queue file was rewritten without its acknowledged entries. */
    default void compacted(int entriesKept, long bytesBefore, long bytesAfter) {}

    /**
     * The directory could not be flushed after a file was renamed in it (some platforms do not allow it). The data
     * is safe; only the rename might not survive a power cut.
     */
    default void directorySyncFailed(IOException cause) {}

    /** A listener that writes every event to the log (SLF4J logger {@code org.ocppbridge.bridge.queue}). */
    static QueueListener logging() {
        return new LoggingQueueListener(LoggerFactory.getLogger("org.ocppbridge.bridge.queue"));
    }

    /** The log implementation of {@link #logging()}. */
    final class LoggingQueueListener implements QueueListener {
        private final Logger log;

        LoggingQueueListener(Logger log) {
            this.log = log;
        }

        @Override
        public void recoveredWithDamage(RecoveryReport report) {
            if (report.damagedBeforeEnd()) {
                log.error(
                        "Queue file {} was damaged: skipped {} bytes in {} regions {}, kept {} waiting entries;"
                                + " a copy of the damaged file is {}",
                        report.file(),
                        report.damagedBytes(),
                        report.damaged().size(),
                        report.damaged(),
                        report.entriesRecovered(),
                        report.damagedCopy().map(Object::toString).orElse("not kept"));
            } else {
                log.warn(
                        "Queue file {} ended in a torn record ({} bytes, the trace of a crash); dropped it, kept {}"
                                + " waiting entries",
                        report.file(),
                        report.damagedBytes(),
                        report.entriesRecovered());
            }
        }

        @Override
        public void droppedWhenFull(QueueEntry dropped, int capacity) {
            log.warn(
                    "Queue full ({} entries): dropped intermediate {} #{} enqueued {}",
                    capacity,
                    dropped.action(),
                    dropped.sequence(),
                    dropped.enqueued());
        }

        @Override
        public void grewBeyondCapacity(int size, int capacity) {
            log.warn(
                    "Queue holds {} entries, more than its capacity {}: none of the older ones may be dropped",
                    size,
                    capacity);
        }

        @Override
        public void compacted(int entriesKept, long bytesBefore, long bytesAfter) {
            log.debug("Queue compacted: {} entries kept, {} -> {} bytes", entriesKept, bytesBefore, bytesAfter);
        }

        @Override
        public void directorySyncFailed(IOException cause) {
            log.warn("Could not flush the queue directory after a rename", cause);
        }
    }
}
