package org.ocppbridge.simulator.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one file part of a multipart/form-data body received into a file, cut out without reading the body into
 * memory: the part's headers are at the start, the closing delimiter at the end.
 */
record MultipartFile(String fileName, Path file) {

    private static final int HEAD_LIMIT = 8192;

    static MultipartFile extract(Path raw, String contentType, Path storeDir) throws IOException {
        String boundary = boundary(contentType);
        try (FileChannel in = FileChannel.open(raw, StandardOpenOption.READ)) {
            ByteBuffer headBuf = ByteBuffer.allocate((int) Math.min(HEAD_LIMIT, in.size()));
            in.read(headBuf, 0);
            String head = new String(headBuf.array(), 0, headBuf.position(), StandardCharsets.ISO_8859_1);
            if (!head.startsWith("--" + boundary + "\r\n")) {
                throw new IOException("body does not start with the boundary");
            }
            int headersEnd = head.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                throw new IOException("part headers not found");
            }
            String disposition = null;
            for (String line : head.substring(0, headersEnd).split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-disposition:")) {
                    disposition = line.substring(line.indexOf(':') + 1);
                }
            }
            String fileName = FileNames.safe(FileNames.fromContentDisposition(disposition, ""));
            long start = headersEnd + 4;
            byte[] closing = ("\r\n--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
            long end = lastIndexOf(in, closing);
            if (end < start) {
                throw new IOException("closing boundary not found");
            }
            Path target = storeDir.resolve(fileName);
            try (FileChannel out = FileChannel.open(
                    target,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                long pos = start;
                while (pos < end) {
                    pos += in.transferTo(pos, end - pos, out);
                }
            }
            Files.delete(raw);
            return new MultipartFile(fileName, target);
        }
    }

    private static String boundary(String contentType) throws IOException {
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IOException("not multipart/form-data: " + contentType);
        }
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            throw new IOException("no boundary");
        }
        String b = contentType.substring(at + "boundary=".length()).trim();
        int semicolon = b.indexOf(';');
        if (semicolon >= 0) {
            b = b.substring(0, semicolon);
        }
        return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
    }

    /** Where {@code needle} last occurs within the file's last bytes, or -1. */
    private static long lastIndexOf(FileChannel in, byte[] needle) throws IOException {
        long size = in.size();
        int tailLen = (int) Math.min(size, needle.length + 256L);
        ByteBuffer tail = ByteBuffer.allocate(tailLen);
        in.read(tail, size - tailLen);
        byte[] t = tail.array();
        for (int i = tailLen - needle.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = t[i + j] == needle[j];
            }
            if (match) {
                return size - tailLen + i;
            }
        }
        return -1;
    }
}
