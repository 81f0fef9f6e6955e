package org.ocppbridge.bridge.queue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What opening the queue file found.
 *
 * @param file the queue file
 * @param validRecords records whose length and CRC32 checked out (entries and acknowledgements)
 * @param entriesRecovered entries still waiting for their acknowledgement
 * @param damaged byte ranges skipped, in file order; empty for a clean file
 * @param damagedCopy where a copy of a file with damage before its end was kept, for analysis
 */
public record RecoveryReport(
        Path file, int validRecords, int entriesRecovered, List<DamagedRegion> damaged, Optional<Path> damagedCopy) {

    public RecoveryReport {
        Objects.requireNonNull(file, "file");
        damaged = List.copyOf(damaged);
        Objects.requireNonNull(damagedCopy, "damagedCopy");
    }

    public boolean clean() {
        return damaged.isEmpty();
    }

    /** Damage somewhere else than a torn last record: the file was changed by something other than a crash. */
    public boolean damagedBeforeEnd() {
        return damaged.stream().anyMatch(region -> !region.atEnd());
    }

    public long damagedBytes() {
        return damaged.stream().mapToLong(DamagedRegion::length).sum();
    }
}
