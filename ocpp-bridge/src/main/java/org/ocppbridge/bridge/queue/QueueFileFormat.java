package org.ocppbridge.bridge.queue;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * The bytes of the queue file. All numbers are big-endian.
 *
 * <pre>
 * file    = header record*
 * header  = "OBQUEUE" 0x01                          (8 bytes: name and format version 1)
 * record  = 0xFF 'R' 'E' 'C'  length:int32  crc:int32  body[length]
 *           crc = CRC32 over the 4 length bytes and the body; 1 &lt;= length &lt;= MAX_BODY
 * body    = type:int8  sequence:int64  rest
 *   type 1 ENTRY    rest = retention:int8 (0 KEEP, 1 DROPPABLE)  enqueuedSeconds:int64  enqueuedNanos:int32
 *                          actionLength:uint16 action:UTF-8  payloadLength:int32 payload:UTF-8
 *   type 2 ACKED    rest = empty    (the entry with this sequence got its CALLRESULT)
 *   type 3 DROPPED  rest = empty    (the entry was dropped because the queue was full)
 *   type 4 MARK     rest = empty    (the highest sequence ever used; first record of a compacted file)
 * </pre>
 *
 * <p>The record marker starts with 0xFF, a byte that never occurs in UTF-8 text, so JSON payloads cannot
 * imitate the start of a record; the CRC guards the rest when the reader resynchronises after damage.
 */
final class QueueFileFormat {

    static final byte[] FILE_HEADER = {'O', 'B', 'Q', 'U', 'E', 'U', 'E', 1};
    static final byte[] RECORD_MARKER = {(byte) 0xFF, 'R', 'E', 'C'};
    static final int RECORD_HEADER_BYTES = 12;
    /** Far above any OCPP notification; a bigger length field can only be damage. */
    static final int MAX_BODY = 1 << 20;

    static final byte ENTRY = 1;
    static final byte ACKED = 2;
    static final byte DROPPED = 3;
    static final byte MARK = 4;

    private static final int ENTRY_FIXED_BYTES = 1 + 8 + 1 + 8 + 4 + 2 + 4;
    private static final int MAX_ACTION_BYTES = 0xFFFF;

    /** Receives the decoded content of a valid record. */
    interface RecordSink {
        void entry(QueueEntry entry);

        void removed(long sequence, boolean dropped);

        void mark(long sequence);
    }

    private QueueFileFormat() {}

    static ByteBuffer entryRecord(QueueEntry entry) {
        byte[] action = entry.action().getBytes(StandardCharsets.UTF_8);
        byte[] payload = entry.payloadJson().getBytes(StandardCharsets.UTF_8);
        if (action.length > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("action longer than " + MAX_ACTION_BYTES + " bytes");
        }
        int bodyLength = ENTRY_FIXED_BYTES + action.length + payload.length;
        if (bodyLength > MAX_BODY) {
            throw new IllegalArgumentException(
                    "payload of " + payload.length + " bytes is larger than the queue's limit of " + MAX_BODY);
        }
        ByteBuffer body = ByteBuffer.allocate(bodyLength);
        body.put(ENTRY).putLong(entry.sequence());
        body.put(entry.retention() == Retention.DROPPABLE ? (byte) 1 : (byte) 0);
        body.putLong(entry.enqueued().getEpochSecond()).putInt(entry.enqueued().getNano());
        body.putShort((short) action.length).put(action);
        body.putInt(payload.length).put(payload);
        return frame(body.array());
    }

    static ByteBuffer shortRecord(byte type, long sequence) {
        return frame(ByteBuffer.allocate(9).put(type).putLong(sequence).array());
    }

    private static ByteBuffer frame(byte[] body) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER_BYTES + body.length);
        record.put(RECORD_MARKER)
                .putInt(body.length)
                .putInt(crc(body.length, body))
                .put(body);
        return record.flip();
    }

    static int crc(int length, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(4).putInt(length).array());
        crc.update(body);
        return (int) crc.getValue();
    }

    /**
     * Decodes a body whose CRC matched. Returns false, calling nothing, when the body is not well formed (a
     * record of another format version, or damage that happens to pass the CRC).
     */
    static boolean decode(byte[] body, RecordSink sink) {
        try {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte type = in.get();
            long sequence = in.getLong();
            if (sequence <= 0) {
                return false;
            }
            if (type == ACKED || type == DROPPED || type == MARK) {
                if (in.hasRemaining()) {
                    return false;
                }
                if (type == MARK) {
                    sink.mark(sequence);
                } else {
                    sink.removed(sequence, type == DROPPED);
                }
                return true;
            }
            if (type != ENTRY) {
                return false;
            }
            byte retention = in.get();
            if (retention != 0 && retention != 1) {
                return false;
            }
            Instant enqueued = Instant.ofEpochSecond(in.getLong(), in.getInt());
            String action = utf8(in, Short.toUnsignedInt(in.getShort()));
            String payload = utf8(in, in.getInt());
            if (in.hasRemaining() || action.isEmpty()) {
                return false;
            }
            sink.entry(new QueueEntry(
                    sequence, action, payload, enqueued, retention == 1 ? Retention.DROPPABLE : Retention.KEEP));
            return true;
        } catch (BufferUnderflowException | IllegalArgumentException | DateTimeException | CharacterCodingException e) {
            // A well-framed record with a malformed body is damage like any other: the caller counts and reports it.
            return false;
        }
    }

    private static String utf8(ByteBuffer in, int length) throws CharacterCodingException {
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        ByteBuffer slice = in.slice().limit(length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(slice)
                .toString();
    }
}
