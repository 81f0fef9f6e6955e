package org.ocppbridge.bridge.queue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the queue's events for assertions. */
final class RecordingQueueListener implements QueueListener {
    final List<RecoveryReport> damageReports = new CopyOnWriteArrayList<>();
    final List<QueueEntry> dropped = new CopyOnWriteArrayList<>();
    final List<Integer> grewTo = new CopyOnWriteArrayList<>();
    final List<Integer> compactions = new CopyOnWriteArrayList<>();

    @Override
    public void recoveredWithDamage(RecoveryReport report) {
        damageReports.add(report);
    }

    @Override
    public void droppedWhenFull(QueueEntry entry, int capacity) {
        dropped.add(entry);
    }

    @Override
    public void grewBeyondCapacity(int size, int capacity) {
        grewTo.add(size);
    }

    @Override
    public void compacted(int entriesKept, long bytesBefore, long bytesAfter) {
        compactions.add(entriesKept);
    }

    @Override
    public void directorySyncFailed(java.io.IOException cause) {
        throw new AssertionError("directory sync failed on Linux", cause);
    }
}
