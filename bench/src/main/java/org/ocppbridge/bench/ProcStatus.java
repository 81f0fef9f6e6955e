package org.ocppbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lines of {@code /proc/<pid>/status} the benchmark reports (Linux only). */
record ProcStatus(long rssKib, long peakRssKib, int threads) {

    static ProcStatus read(long pid) throws IOException {
        long rss = -1;
        long hwm = -1;
        int threads = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kib(line);
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring("Threads:".length()).trim());
            }
        }
        return new ProcStatus(rss, hwm, threads);
    }

    private static long kib(String line) {
        String value = line.substring(line.indexOf(':') + 1).trim();
        return Long.parseLong(value.substring(0, value.indexOf(' ')));
    }
}
