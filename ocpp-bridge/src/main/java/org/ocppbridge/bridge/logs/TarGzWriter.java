package org.ocppbridge.bridge.logs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * A minimal streaming writer of gzip-compressed POSIX ustar archives (regular files only), so the bridge needs no
 * archive library at run time. Each entry's bytes go straight from its source to the deflater through one buffer.
 *
 * <p>Names longer than ustar's 100 (+155 prefix) bytes get a pax {@code path} record; sizes of 8 GiB and more use
 * the base-256 size encoding that GNU tar and libarchive read.
 */
final class TarGzWriter implements AutoCloseable {

    private static final int BLOCK = 512;
    private static final int BUFFER = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private long entryCount;

    TarGzWriter(OutputStream target) throws IOException {
        this.out = new GZIPOutputStream(new BufferedOutputStream(target, BUFFER), BUFFER);
    }

    /**
     * Adds a regular file of exactly {@code size} bytes read from {@code content}. When the source delivers fewer
     * bytes (a log truncated while being archived) the rest is zero-filled, so the archive stays well-formed.
     */
    void addFile(String name, long size, Instant modified, InputStream content) throws IOException {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        writeHeader(name, size, modified);
        long left = size;
        while (left > 0) {
            int n = content.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        writeZeros(left);
        pad(size);
        entryCount++;
    }

    long entryCount() {
        return entryCount;
    }

    /** Writes the two zero blocks that end a tar archive, then the gzip trailer. */
    @Override
    public void close() throws IOException {
        try {
            writeZeros(2L * BLOCK);
        } finally {
            out.close();
        }
    }

    private void writeHeader(String name, long size, Instant modified) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] field = nameBytes;
        byte[] prefix = new byte[0];
        if (nameBytes.length > 100) {
            int split = splitPoint(nameBytes);
            if (split > 0) {
                prefix = Arrays.copyOfRange(nameBytes, 0, split);
                field = Arrays.copyOfRange(nameBytes, split + 1, nameBytes.length);
            } else {
                writePaxPath(nameBytes, modified);
                field = Arrays.copyOfRange(nameBytes, nameBytes.length - 100, nameBytes.length);
            }
        }
        out.write(header(field, prefix, size, modified, (byte) '0'));
    }

    /** Where a long name splits into ustar's prefix (≤155) and name (≤100) at a slash; -1 when it cannot. */
    private static int splitPoint(byte[] name) {
        for (int i = Math.min(155, name.length - 2); i > 0; i--) {
            if (name[i] == '/' && name.length - i - 1 <= 100) {
                return i;
            }
        }
        return -1;
    }

    private void writePaxPath(byte[] name, Instant modified) throws IOException {
        // A pax record is "<len> path=<name>\n" where <len> counts the whole record, its own digits included.
        int body = " path=".length() + name.length + 1;
        int len = body + Integer.toString(body).length();
        if (Integer.toString(len).length() != Integer.toString(body).length()) {
            len++;
        }
        byte[] record = new byte[len];
        byte[] head = (len + " path=").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, record, 0, head.length);
        System.arraycopy(name, 0, record, head.length, name.length);
        record[len - 1] = '\n';
        out.write(header("PaxHeader".getBytes(StandardCharsets.US_ASCII), new byte[0], len, modified, (byte) 'x'));
        out.write(record);
        pad(len);
    }

    private static byte[] header(byte[] name, byte[] prefix, long size, Instant modified, byte type) {
        byte[] h = new byte[BLOCK];
        System.arraycopy(name, 0, h, 0, name.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        if (size < 077777777777L) {
            octal(h, 124, 12, size);
        } else {
            base256(h, 124, 12, size);
        }
        octal(h, 136, 12, Math.max(0, modified.getEpochSecond()));
        h[156] = type;
        byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        System.arraycopy(prefix, 0, h, 345, prefix.length);
        // The checksum is computed with its own field read as eight spaces.
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        h[155] = ' ';
        return h;
    }

    /** Zero-padded octal digits followed by a NUL, filling {@code len} bytes. */
    private static void octal(byte[] h, int offset, int len, long value) {
        String digits = Long.toOctalString(value);
        int width = len - 1;
        for (int i = 0; i < width; i++) {
            int from = digits.length() - width + i;
            h[offset + i] = (byte) (from < 0 ? '0' : digits.charAt(from));
        }
        h[offset + width] = 0;
    }

    private static void base256(byte[] h, int offset, int len, long value) {
        for (int i = len - 1; i > 0; i--) {
            h[offset + i] = (byte) value;
            value >>>= 8;
        }
        h[offset] = (byte) 0x80;
    }

    private void pad(long size) throws IOException {
        long rest = size % BLOCK;
        if (rest != 0) {
            writeZeros(BLOCK - rest);
        }
    }

    private void writeZeros(long count) throws IOException {
        Arrays.fill(buffer, (byte) 0);
        while (count > 0) {
            int n = (int) Math.min(buffer.length, count);
            out.write(buffer, 0, n);
            count -= n;
        }
    }
}
