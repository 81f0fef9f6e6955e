package org.ocppbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * Issue 18, part 3: the packaged runtime image beside the ways the bridge ran before ({@code bin/ocpp-bridge}
 * with its AppCDS archive, plain {@code java -jar}) and a minimal Node.js reference station: start →
 * BootNotification on the wire, idle resident set, and TriggerMessage(Heartbeat) round trips. The boots of all
 * variants are interleaved, so a change in the machine's load touches each alike.
 */
final class PackageBench {

    private static final long SETTLE_MILLIS = 3000;
    /**
     * A second reading, once the JVM has had its periodic clean-up: HotSpot keeps the arena chunks its compilers
     * freed in a pool that it empties every 5 s of its uptime, and the periodic native trim then hands them back
     * (-Xlog:trimnative: 2.1 MiB at 5.03 s in a boot of the image). Both readings are reported.
     */
    private static final long SETTLED_MILLIS = 10_000;

    private static final Duration BOOT_WAIT = Duration.ofSeconds(30);
    private static final long TARGET_RSS_KIB = 48 * 1024;
    private static final double TARGET_P99_MILLIS = 5;

    private final BenchContext context;
    private final Path image;
    private final Path launcher;
    private final Optional<Path> beforeImage;

    /** @param beforeImage a second runtime image (e.g. built from the commit before a change), measured alike */
    PackageBench(BenchContext context, Path image, Path launcher, Optional<Path> beforeImage) {
        this.context = context;
        this.image = image;
        this.launcher = launcher;
        this.beforeImage = beforeImage;
    }

    private record Variant(String label, List<String> command, Map<String, String> env) {}

    private record Result(
            double[] boots, long idleRssKib, long settledRssKib, int threads, RoundTripBench.Cycles cycles) {}

    List<Row> run() throws Exception {
        if (!Files.isExecutable(image.resolve("bin/ocpp-bridge"))) {
            throw new IOException("no runtime image at " + image + "; build it: mvn -B -Pdist -DskipTests package");
        }
        List<Variant> variants = new ArrayList<>();
        Variant reference = referenceStation();
        variants.add(reference);
        Variant packaged = new Variant(
                "runtime image", List.of(image.resolve("bin/ocpp-bridge").toString()), Map.of());
        variants.add(packaged);
        beforeImage.ifPresent(before -> variants.add(new Variant(
                "runtime image before (" + before + ")",
                List.of(before.resolve("bin/ocpp-bridge").toString()),
                Map.of())));
        variants.add(new Variant(
                "bin/ocpp-bridge launcher + AppCDS",
                List.of(launcher.toString()),
                Map.of(
                        "OCPP_BRIDGE_JAR", context.bridgeJar().toString(),
                        "OCPP_BRIDGE_CDS",
                                context.workDir().resolve("launcher.jsa").toString(),
                        "JAVA", BridgeProcess.javaExecutable())));
        variants.add(new Variant(
                "java -jar, default flags",
                List.of(
                        BridgeProcess.javaExecutable(),
                        "-jar",
                        context.bridgeJar().toString()),
                Map.of()));

        // The images' files as after a board's boot, read back on demand: a build has just written the image, and
        // files fresh from the writes map more of libjvm.so (4 MiB of RSS more, measured, same bytes, same process)
        // than an image written earlier or read back from disk. Both images are put in the same state.
        dropFromPageCache(image);
        if (beforeImage.isPresent()) {
            dropFromPageCache(beforeImage.get());
        }
        int runs = context.quick() ? 3 : 7;
        Map<Variant, double[]> boots = new LinkedHashMap<>();
        Map<Variant, long[]> idle = new LinkedHashMap<>();
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            for (Variant variant : variants) {
                // Untimed: the page cache warm for every variant, and the launcher's archive written at its exit.
                boot(csms, variant, false);
                boots.put(variant, new double[runs]);
            }
            for (int i = 0; i < runs; i++) {
                for (Variant variant : variants) {
                    long[] sample = boot(csms, variant, i == runs - 1);
                    boots.get(variant)[i] = sample[0] / 1e6;
                    if (i == runs - 1) {
                        idle.put(variant, new long[] {sample[1], sample[2], sample[3]});
                    }
                }
            }
            Map<Variant, RoundTripBench.Cycles> cycles = new LinkedHashMap<>();
            for (Variant variant : variants) {
                cycles.put(variant, roundTrips(csms, variant));
            }
            double referenceBoot = Stats.median(boots.get(reference));
            List<Row> rows = new ArrayList<>();
            for (Variant variant : variants) {
                rows.addAll(rows(
                        variant,
                        variant == packaged,
                        new Result(
                                boots.get(variant),
                                idle.get(variant)[0],
                                idle.get(variant)[2],
                                (int) idle.get(variant)[1],
                                cycles.get(variant)),
                        referenceBoot,
                        runs));
            }
            return rows;
        }
    }

    private List<Row> rows(Variant variant, boolean targeted, Result result, double referenceBoot, int runs) {
        double boot = Stats.median(result.boots());
        double p99 = Stats.percentile(result.cycles().latencies(), 99);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "start → BootNotification, median of " + runs + " (" + variant.label() + ")",
                String.format("%s (%s–%s)", Row.ms(boot), Row.ms(min(result.boots())), Row.ms(max(result.boots()))),
                Row.ms(referenceBoot) + " (Node reference)",
                boot / referenceBoot,
                targeted ? "≤ 1.0× reference" : "-",
                targeted ? Row.yesNo(boot <= referenceBoot) : "-"));
        rows.add(new Row(
                "idle RSS " + SETTLE_MILLIS / 1000 + " s after the boot (" + variant.label() + ")",
                Row.mib(result.idleRssKib()) + ", " + result.threads() + " threads",
                "-",
                Double.NaN,
                targeted ? "≤ 48 MiB" : "-",
                targeted ? Row.yesNo(result.idleRssKib() <= TARGET_RSS_KIB) : "-"));
        rows.add(new Row(
                "idle RSS " + SETTLED_MILLIS / 1000 + " s after the boot (" + variant.label() + ")",
                Row.mib(result.settledRssKib()),
                "-",
                Double.NaN,
                targeted ? "≤ 48 MiB" : "-",
                targeted ? Row.yesNo(result.settledRssKib() <= TARGET_RSS_KIB) : "-"));
        rows.add(new Row(
                "TriggerMessage(Heartbeat) round trips, " + result.cycles().latencies().length + " cycles ("
                        + variant.label() + ")",
                String.format(
                        "%.0f/s, p50 %s, p99 %s",
                        result.cycles().perSecond(),
                        Row.ms(Stats.median(result.cycles().latencies())),
                        Row.ms(p99)),
                "-",
                Double.NaN,
                targeted ? "p99 ≤ 5 ms" : "-",
                targeted ? Row.yesNo(p99 <= TARGET_P99_MILLIS) : "-"));
        return rows;
    }

    /**
     * One start: nanoseconds to the BootNotification, then (when asked) the RSS in KiB and the threads 3 s after
     * the boot, and the RSS 10 s after it.
     */
    private long[] boot(CsmsSimulator csms, Variant variant, boolean settle) throws Exception {
        String stationId = context.stationId("pkg");
        Path dir = context.dir(stationId);
        try (BridgeProcess process = BridgeProcess.startCommand(
                command(variant, csms, stationId, dir), variant.env(), dir.resolve("out.txt"))) {
            process.awaitBoot(csms, BOOT_WAIT);
            long nanos = System.nanoTime() - process.startedNanos();
            if (!settle) {
                return new long[] {nanos, -1, -1, -1};
            }
            Thread.sleep(SETTLE_MILLIS);
            ProcStatus status = ProcStatus.read(process.pid());
            Thread.sleep(SETTLED_MILLIS - SETTLE_MILLIS);
            ProcStatus settled = ProcStatus.read(process.pid());
            return new long[] {nanos, status.rssKib(), status.threads(), settled.rssKib()};
        }
    }

    private RoundTripBench.Cycles roundTrips(CsmsSimulator csms, Variant variant) throws Exception {
        String stationId = context.stationId("pkg-rt");
        Path dir = context.dir(stationId);
        try (BridgeProcess process = BridgeProcess.startCommand(
                command(variant, csms, stationId, dir), variant.env(), dir.resolve("out.txt"))) {
            StationConnection station = process.awaitBoot(csms, BOOT_WAIT);
            RoundTripBench.drainCalls(station);
            RoundTripBench.run(station, context.quick() ? 500 : 2000);
            return RoundTripBench.run(station, 5000);
        }
    }

    private static List<String> command(Variant variant, CsmsSimulator csms, String stationId, Path dir)
            throws IOException {
        List<String> command = new ArrayList<>(variant.command());
        command.addAll(BenchContext.bridgeArgs(csms.url(), stationId, dir.resolve("data"), dir.resolve("logs")));
        return command;
    }

    /** node with its (in Node 20 still experimental) WebSocket client, running the script from this jar. */
    private Variant referenceStation() throws IOException, InterruptedException {
        Shell.require("node");
        Path script = context.workDir().resolve("reference-station.mjs");
        try (InputStream in = PackageBench.class.getResourceAsStream("reference-station.mjs")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String version = Shell.run("node --version");
        List<String> command = new ArrayList<>(List.of("node"));
        if (version.startsWith("v20.") || version.startsWith("v21.")) {
            command.add("--experimental-websocket");
        }
        command.add(script.toString());
        return new Variant("Node " + version + " reference station", command, Map.of());
    }

    /** {@code sync}, then each file's clean pages dropped from the page cache ({@code dd iflag=nocache}). */
    private static void dropFromPageCache(Path dir) throws IOException, InterruptedException {
        Shell.run("sync && find " + Shell.quote(dir) + " -type f -exec dd if={} iflag=nocache count=0 status=none ';'");
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(Double.NaN);
    }
}
