package org.ocppbridge.bridge.queue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a queue file front to back, feeding every valid record to a sink. Where a record does not check out
 * (bad marker, impossible length, short read, CRC mismatch, malformed body) it resynchronises on the next record
 * marker whose record checks out, so valid records after a damaged region are kept. Reads in bounded chunks:
 * a damaged file of any size never has to fit in memory.
 */
final class QueueFileScanner {

    private static final int SEARCH_CHUNK = 64 * 1024;

    /**
     * @param headerValid the file starts with the expected header
     * @param validRecords records that checked out
     * @param validEnd the end of the last valid record (or of the header); a torn tail starts here
     * @param damaged the regions skipped
     */
    record Result(boolean headerValid, int validRecords, long validEnd, List<DamagedRegion> damaged) {}

    private final FileChannel channel;
    private final long size;

    private QueueFileScanner(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    static Result scan(FileChannel channel, QueueFileFormat.RecordSink sink) throws IOException {
        return new QueueFileScanner(channel).scan(sink);
    }

    private Result scan(QueueFileFormat.RecordSink sink) throws IOException {
        List<DamagedRegion> damaged = new ArrayList<>();
        int header = QueueFileFormat.FILE_HEADER.length;
        boolean headerValid = size >= header && Arrays.equals(read(0, header), QueueFileFormat.FILE_HEADER);
        long position = headerValid ? header : 0;
        long validEnd = position;
        long damageStart = headerValid ? -1 : 0;
        int validRecords = 0;
        while (position < size) {
            long recordLength = tryRecord(position, sink);
            if (recordLength > 0) {
                if (damageStart >= 0) {
                    damaged.add(new DamagedRegion(damageStart, position - damageStart, false));
                    damageStart = -1;
                }
                validRecords++;
                position += recordLength;
                validEnd = position;
            } else {
                if (damageStart < 0) {
                    damageStart = position;
                }
                position = nextMarker(position + 1);
            }
        }
        if (damageStart >= 0 && size > damageStart) {
            damaged.add(new DamagedRegion(damageStart, size - damageStart, true));
        }
        return new Result(headerValid, validRecords, validEnd, damaged);
    }

    /** The record's total length if a valid record starts at {@code position}, else 0 (and the sink is not called). */
    private long tryRecord(long position, QueueFileFormat.RecordSink sink) throws IOException {
        if (size - position < QueueFileFormat.RECORD_HEADER_BYTES) {
            return 0;
        }
        ByteBuffer header = ByteBuffer.wrap(read(position, QueueFileFormat.RECORD_HEADER_BYTES));
        byte[] marker = new byte[QueueFileFormat.RECORD_MARKER.length];
        header.get(marker);
        int length = header.getInt();
        int crc = header.getInt();
        if (!Arrays.equals(marker, QueueFileFormat.RECORD_MARKER)
                || length < 1
                || length > QueueFileFormat.MAX_BODY
                || length > size - position - QueueFileFormat.RECORD_HEADER_BYTES) {
            return 0;
        }
        byte[] body = read(position + QueueFileFormat.RECORD_HEADER_BYTES, length);
        if (QueueFileFormat.crc(length, body) != crc || !QueueFileFormat.decode(body, sink)) {
            return 0;
        }
        return QueueFileFormat.RECORD_HEADER_BYTES + (long) length;
    }

    /** The next position at or after {@code from} where a record marker starts, or the file size. */
    private long nextMarker(long from) throws IOException {
        byte[] marker = QueueFileFormat.RECORD_MARKER;
        long chunkStart = from;
        while (chunkStart < size) {
            int length = (int) Math.min(SEARCH_CHUNK, size - chunkStart);
            byte[] chunk = read(chunkStart, length);
            for (int i = 0; i + marker.length <= length; i++) {
                if (chunk[i] == marker[0]
                        && chunk[i + 1] == marker[1]
                        && chunk[i + 2] == marker[2]
                        && chunk[i + 3] == marker[3]) {
                    return chunkStart + i;
                }
            }
            if (chunkStart + length >= size) {
                break;
            }
            // Overlap so a marker split across two chunks is still found.
            chunkStart += length - (marker.length - 1);
        }
        return size;
    }

    private byte[] read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new EOFException("queue file shrank while being read at " + (position + buffer.position()));
            }
        }
        return buffer.array();
    }
}
