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

    /**
     * User + system CPU time of the whole process so far, in milliseconds (from {@code /proc/<pid>/stat}, clock
     * ticks of 10 ms). Unlike wall time it does not grow when other processes compete for the cores.
     */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** USER_HZ: 100 on every Linux the bridge targets. */
    private static final long TICKS_PER_SECOND = 100;

    private static long kib(String line) {
        String value = line.substring(line.indexOf(':') + 1).trim();
        return Long.parseLong(value.substring(0, value.indexOf(' ')));
    }
}
