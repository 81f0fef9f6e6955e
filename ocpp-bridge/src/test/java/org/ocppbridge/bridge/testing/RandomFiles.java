package org.ocppbridge.bridge.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Firmware images and log files of random bytes; seeded by their size, so a run's bytes can be made again. */
public final class RandomFiles {

    private RandomFiles() {}

    /** Writes {@code size} random bytes to {@code file} and returns it. */
    public static Path write(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}
