package org.ocppbridge.bridge.queue;

/**
 * A byte range of the queue file that held no valid record and was skipped on open.
 *
 * @param offset first damaged byte
 * @param length number of damaged bytes
 * @param atEnd true when no valid record follows: a torn last write (the expected trace of a crash or power cut)
 */
public record DamagedRegion(long offset, long length, boolean atEnd) {

    public DamagedRegion {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("bad region " + offset + "+" + length);
        }
    }
}
