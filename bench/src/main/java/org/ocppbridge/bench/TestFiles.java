package org.ocppbridge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** The benchmark's input files: a firmware image of random bytes and a directory of plausible log files. */
final class TestFiles {

    private static final int BLOCK = 1 << 20;
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"};
    private static final String[] EVENTS = {
        "connector status Available",
        "connector status Occupied",
        "meter value",
        "transaction started",
        "transaction ended",
        "temperature reading",
        "contactor closed",
        "contactor opened",
        "RCD self-test passed",
        "PWM duty cycle changed",
        "EV connected",
        "EV disconnected",
        "isolation monitor ok",
    };

    private TestFiles() {}

    /** Writes {@code size} pseudo-random bytes (incompressible, like a real image), block by block. */
    static Path randomFile(Path file, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] block = new byte[BLOCK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += BLOCK) {
                for (int i = 0; i < BLOCK; i += 8) {
                    long value = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        block[i + b] = (byte) (value >>> (8 * b));
                    }
                }
                out.write(block, 0, (int) Math.min(BLOCK, size - written));
            }
        }
        return file;
    }

    /**
     * Writes {@code files} log files of about {@code bytesEach} bytes into {@code dir}: time-stamped lines with
     * varying numbers, so they compress about as well as real charger logs (a few times, not a thousand).
     */
    static long logFiles(Path dir, int files, long bytesEach, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        Instant time = Instant.now().minus(1, ChronoUnit.DAYS);
        long total = 0;
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format("charger-%03d.log", f));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                long written = 0;
                StringBuilder line = new StringBuilder(160);
                while (written < bytesEach) {
                    time = time.plusMillis(random.nextInt(1, 50));
                    line.setLength(0);
                    line.append(time)
                            .append(' ')
                            .append(LEVELS[random.nextInt(LEVELS.length)])
                            .append(" [evse-")
                            .append(random.nextInt(1, 3))
                            .append("] ")
                            .append(EVENTS[random.nextInt(EVENTS.length)])
                            .append(" value=")
                            .append(random.nextInt(0, 100_000))
                            .append(" session=")
                            .append(Long.toHexString(random.nextLong()))
                            .append(" v=")
                            .append(random.nextInt(200, 250))
                            .append('.')
                            .append(random.nextInt(10))
                            .append('\n');
                    out.write(line.toString());
                    written += line.length();
                }
                total += written;
            }
        }
        return total;
    }
}
