package org.ocppbridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/**
 * Issue 18, part 2: the candidate transfer paths for a firmware download, each in a fresh JVM with the recommended
 * flags ({@link TransferProbe}), reading the same 256 MiB from the same loopback server and hashing + writing it
 * in one pass, beside {@code curl -o} + {@code openssl dgst -sha256}. Runs are interleaved; medians reported.
 */
final class TransferBench {

    private static final long MIB = 1 << 20;

    static final List<String> CANDIDATES = List.of(
            "HttpURLConnection-64KiB",
            "HttpURLConnection-1MiB",
            "HttpClient-InputStream-1MiB",
            "OkHttp-1MiB",
            "ApacheHttpClient5-1MiB",
            "SocketChannel-direct-1MiB");

    private final BenchContext context;

    TransferBench(BenchContext context) {
        this.context = context;
    }

    List<Row> run() throws Exception {
        int reps = context.quick() ? 3 : 5;
        Path dir = context.dir("transfer");
        Path image = TestFiles.randomFile(dir.resolve("image.bin"), 256 * MIB, 256 * MIB);
        Map<String, double[]> millis = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        millis.put("curl + openssl", new double[reps]);
        cpu.put("curl + openssl", new double[reps]);
        CANDIDATES.forEach(c -> millis.put(c, new double[reps]));
        CANDIDATES.forEach(c -> cpu.put(c, new double[reps]));
        String expected =
                Shell.run("openssl dgst -sha256 -r " + Shell.quote(image)).split(" ")[0];
        try (FirmwareFileServer server = FirmwareFileServer.start()) {
            String url = server.serve("/image.bin", image).toString();
            Path target = dir.resolve("download.bin");
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                // The shell's own /proc stat at the end: cutime + cstime are its children's CPU (curl, openssl).
                String stat = Shell.run("curl -sf -o " + Shell.quote(target) + " " + Shell.quote(url)
                        + " && openssl dgst -sha256 " + Shell.quote(target) + " >/dev/null && cat /proc/$$/stat");
                millis.get("curl + openssl")[i] = Stats.millis(System.nanoTime() - t0);
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu.get("curl + openssl")[i] = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10.0;
                for (String candidate : CANDIDATES) {
                    List<String> command = new ArrayList<>();
                    command.add(BridgeProcess.javaExecutable());
                    command.addAll(context.recommendedWithHeap("-Xmx64m"));
                    command.addAll(List.of(
                            "-cp",
                            context.benchJar().toString(),
                            TransferProbe.class.getName(),
                            candidate,
                            url,
                            target.toString()));
                    String[] result = Shell.run(String.join(
                                    " ", command.stream().map(Shell::quote).toList()))
                            .lines()
                            .reduce((a, b) -> b)
                            .orElseThrow()
                            .split(" ");
                    if (!result[2].equals(expected)) {
                        throw new IllegalStateException(candidate + " computed " + result[2] + ", not " + expected);
                    }
                    millis.get(candidate)[i] = Double.parseDouble(result[0]);
                    cpu.get(candidate)[i] = Double.parseDouble(result[1]);
                }
            }
            Files.deleteIfExists(target);
        }
        Files.delete(image);
        double base = Stats.median(millis.get("curl + openssl"));
        double baseCpu = Stats.median(cpu.get("curl + openssl"));
        List<Row> rows = new ArrayList<>();
        millis.forEach((name, values) -> rows.add(new Row(
                "256 MiB GET + SHA-256 + write, one pass, median of " + reps + " (" + name + ")",
                String.format(
                        "%s (%s–%s), CPU %s (%.2f× curl + openssl's)",
                        Row.ms(Stats.median(values)),
                        Row.ms(Stats.percentile(values, 1)),
                        Row.ms(Stats.percentile(values, 100)),
                        Row.ms(Stats.median(cpu.get(name))),
                        Stats.median(cpu.get(name)) / baseCpu),
                Row.ms(base) + ", CPU " + Row.ms(baseCpu) + " (curl + openssl dgst)",
                Stats.median(values) / base,
                "-",
                "-")));
        return rows;
    }
}
