package org.ocppbridge.simulator.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Lists the file names in a .tar.gz (ustar headers), streaming, to show what a log upload contained. */
public final class TarGzEntries {

    private static final int BLOCK = 512;

    private TarGzEntries() {}

    public static List<String> list(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[BLOCK];
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                String octal = text(header, 124, 12).trim();
                long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
                if (header[156] == '0' || header[156] == 0) {
                    names.add(prefix.isEmpty() ? name : prefix + "/" + name);
                }
                long skip = (size + BLOCK - 1) / BLOCK * BLOCK;
                in.skipNBytes(skip);
            }
        }
        return names;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
