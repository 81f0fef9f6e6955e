package org.ocppbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every benchmark needs: the bridge jar, this benchmark's own jar (for the hello-world baseline), a scratch
 * directory, and the JVM flags of the bridge process.
 *
 * @param recommendedFlags the flags the README recommends, with the AppCDS archive once it exists
 */
record BenchContext(
        Path bridgeJar,
        Path benchJar,
        Path workDir,
        List<String> recommendedFlags,
        boolean quick,
        AtomicInteger stations) {

    /** The flags the README recommends for a small charger board (without the AppCDS archive). */
    static final List<String> RECOMMENDED = List.of(
            "-XX:+UseSerialGC",
            // Not -XX:TieredStopAtLevel=1: C1 alone has no SHA-256 intrinsic, and the firmware check got 4.5× slower.
            "-XX:CICompilerCount=2",
            "-Xss256k",
            "-Xmx32m",
            "-XX:MaxMetaspaceSize=48m",
            "-XX:ReservedCodeCacheSize=16m",
            "-XX:MaxDirectMemorySize=16m");

    /** A fresh directory under the work directory. */
    Path dir(String name) throws IOException {
        return Files.createDirectories(workDir.resolve(name + "-" + stations.incrementAndGet()));
    }

    /** A station id no earlier run used (the simulator keeps per-station state). */
    String stationId(String prefix) {
        return prefix + "-" + stations.incrementAndGet();
    }

    /** The recommended flags with the heap limit replaced. */
    List<String> recommendedWithHeap(String xmx) {
        List<String> flags = new ArrayList<>();
        for (String flag : recommendedFlags) {
            flags.add(flag.startsWith("-Xmx") ? xmx : flag);
        }
        return flags;
    }

    /**
     * The bridge's command line: the CSMS, a station id, data and log directories (created when missing), plus
     * {@code extra}.
     */
    static List<String> bridgeArgs(String csmsUrl, String stationId, Path dataDir, Path logDir, String... extra)
            throws IOException {
        Files.createDirectories(logDir);
        List<String> args = new ArrayList<>(List.of(
                "--csms-url=" + csmsUrl,
                "--station-id=" + stationId,
                "--data-dir=" + dataDir,
                "--log-dir=" + logDir,
                // A bench process never waits long to reconnect.
                "--retry-backoff-wait-minimum=1",
                "--retry-backoff-random-range=0"));
        args.addAll(List.of(extra));
        return args;
    }
}
