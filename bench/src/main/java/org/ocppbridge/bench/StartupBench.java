package org.ocppbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * Start → BootNotification on the wire (JVM included), and the idle process's resident set and threads, with the
 * JVM's default flags, the recommended flags, and the recommended flags plus an AppCDS archive. Baseline: a
 * hello-world JVM with the same flags (start to exit; idle resident set).
 */
final class StartupBench {

    /** How long the idle process settles before its memory is read. */
    private static final long SETTLE_MILLIS = 3000;

    private static final Duration BOOT_WAIT = Duration.ofSeconds(30);

    private final BenchContext context;

    StartupBench(BenchContext context) {
        this.context = context;
    }

    List<Row> run() throws Exception {
        int runs = context.quick() ? 3 : 7;
        List<Row> rows = new ArrayList<>();
        Path archive = context.workDir().resolve("ocpp-bridge.jsa");
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            // One untimed start, so the jar and the JDK are in the page cache for every timed one.
            bootOnce(csms, List.of(), false);
            boolean archived = makeArchive(csms, archive);
            List<String> withCds = new ArrayList<>(BenchContext.RECOMMENDED);
            if (archived) {
                withCds.add("-XX:SharedArchiveFile=" + archive);
            }
            rows.addAll(measure(csms, "default JVM flags", List.of(), runs));
            rows.addAll(measure(csms, "recommended flags", BenchContext.RECOMMENDED, runs));
            if (archived) {
                rows.addAll(measure(csms, "recommended + AppCDS", withCds, runs));
                context.recommendedFlags().clear();
                context.recommendedFlags().addAll(withCds);
            } else {
                rows.add(new Row("AppCDS archive", "not created", "-", Double.NaN, "-", "-"));
            }
        }
        return rows;
    }

    private List<Row> measure(CsmsSimulator csms, String label, List<String> flags, int runs) throws Exception {
        double[] boot = new double[runs];
        double[] cpu = new double[runs];
        Sample idle = null;
        for (int i = 0; i < runs; i++) {
            Sample sample = bootOnce(csms, flags, i == runs - 1);
            boot[i] = sample.bootMillis();
            cpu[i] = sample.cpuMillis();
            if (sample.threads() > 0) {
                idle = sample;
            }
        }
        double[] hello = new double[runs];
        double[] helloCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] wallAndCpu = helloMillis(flags);
            hello[i] = wallAndCpu[0];
            helloCpu[i] = wallAndCpu[1];
        }
        long helloRss = helloIdleRssKib(flags);
        double bootMedian = Stats.median(boot);
        double helloMedian = Stats.median(hello);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "start → BootNotification, median of " + runs + " (" + label + ")",
                Row.ms(bootMedian),
                Row.ms(helloMedian) + " (hello world)",
                bootMedian / helloMedian,
                "≤ 600 ms",
                Row.yesNo(bootMedian <= 600)));
        rows.add(new Row(
                "CPU time (user+sys) to BootNotification, median (" + label + ")",
                Row.ms(Stats.median(cpu)),
                Row.ms(Stats.median(helloCpu)) + " (hello world, to exit)",
                Stats.median(cpu) / Stats.median(helloCpu),
                "-",
                "-"));
        boolean rssTarget = !flags.isEmpty();
        rows.add(new Row(
                "idle RSS after " + SETTLE_MILLIS / 1000 + " s (" + label + ")",
                Row.mib(idle.rssKib()),
                Row.mib(helloRss) + " (idle hello world)",
                (double) idle.rssKib() / helloRss,
                rssTarget ? "≤ 64 MiB" : "-",
                rssTarget ? Row.yesNo(idle.rssKib() <= 64 * 1024) : "-"));
        rows.add(new Row("idle threads (" + label + ")", Integer.toString(idle.threads()), "-", Double.NaN, "-", "-"));
        return rows;
    }

    /** Starts the bridge, times the BootNotification, and when asked reads the settled process. */
    private Sample bootOnce(CsmsSimulator csms, List<String> flags, boolean settle) throws Exception {
        String stationId = context.stationId("start");
        Path dir = context.dir(stationId);
        try (BridgeProcess bridge = BridgeProcess.start(
                context.bridgeJar(),
                flags,
                BenchContext.bridgeArgs(csms.url(), stationId, dir.resolve("data"), dir.resolve("logs")),
                dir.resolve("bridge.out"))) {
            StationConnection station = bridge.awaitBoot(csms, Duration.ofSeconds(30));
            double bootMillis = Stats.millis(System.nanoTime() - bridge.startedNanos());
            long cpuMillis = ProcStatus.cpuMillis(bridge.pid());
            if (!settle) {
                return new Sample(bootMillis, cpuMillis, -1, -1);
            }
            Thread.sleep(SETTLE_MILLIS);
            ProcStatus status = ProcStatus.read(bridge.pid());
            return new Sample(bootMillis, cpuMillis, status.rssKib(), status.threads());
        }
    }

    /** Wall and CPU milliseconds of a hello-world JVM from the fork to its exit. */
    private double[] helloMillis(List<String> flags) throws IOException, InterruptedException {
        List<String> command = helloCommand(flags, false);
        Path out = context.workDir().resolve("hello-time.out");
        Files.deleteIfExists(out);
        BridgeProcess hello = BridgeProcess.startCommand(command, out);
        if (hello.awaitExit(30, TimeUnit.SECONDS) != 0) {
            throw new IOException("the hello-world JVM failed; see " + hello.output());
        }
        double wall = Stats.millis(System.nanoTime() - hello.startedNanos());
        String[] cpu = Files.readAllLines(out).stream()
                .filter(line -> line.startsWith("cpu "))
                .findFirst()
                .orElseThrow(() -> new IOException("no CPU time from the hello world in " + out))
                .split(" ");
        return new double[] {wall, Double.parseDouble(cpu[1])};
    }

    private long helloIdleRssKib(List<String> flags) throws IOException, InterruptedException {
        try (BridgeProcess hello = BridgeProcess.startCommand(
                helloCommand(flags, true), context.workDir().resolve("hello.out"))) {
            Thread.sleep(SETTLE_MILLIS);
            return hello.rssKib();
        }
    }

    private List<String> helloCommand(List<String> flags, boolean idle) {
        List<String> command = new ArrayList<>();
        command.add(BridgeProcess.javaExecutable());
        // The bridge's AppCDS archive belongs to the bridge jar, not to this one.
        flags.stream().filter(flag -> !flag.startsWith("-XX:SharedArchiveFile")).forEach(command::add);
        command.add("-cp");
        command.add(context.benchJar().toString());
        command.add(Hello.class.getName());
        if (idle) {
            command.add("idle");
        }
        return command;
    }

    /**
     * Makes a dynamic AppCDS archive of the classes a boot loads: the bridge runs once with
     * {@code -XX:ArchiveClassesAtExit}, boots, and is stopped with SIGTERM (the JVM writes the archive at exit).
     */
    private boolean makeArchive(CsmsSimulator csms, Path archive) throws Exception {
        Files.deleteIfExists(archive);
        List<String> flags = new ArrayList<>(BenchContext.RECOMMENDED);
        flags.add("-XX:ArchiveClassesAtExit=" + archive);
        String stationId = context.stationId("cds");
        Path dir = context.dir(stationId);
        BridgeProcess bridge = BridgeProcess.start(
                context.bridgeJar(),
                flags,
                BenchContext.bridgeArgs(csms.url(), stationId, dir.resolve("data"), dir.resolve("logs")),
                dir.resolve("bridge.out"));
        try {
            StationConnection station = bridge.awaitBoot(csms, Duration.ofSeconds(30));
            Thread.sleep(1000);
        } finally {
            bridge.close();
        }
        return Files.exists(archive) && Files.size(archive) > 0;
    }

    private record Sample(double bootMillis, long cpuMillis, long rssKib, int threads) {}
}
