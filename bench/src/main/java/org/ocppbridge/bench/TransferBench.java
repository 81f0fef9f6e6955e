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
        millis.put("curl + openssl", new double[reps]);
        CANDIDATES.forEach(c -> millis.put(c, new double[reps]));
        String expected =
                Shell.run("openssl dgst -sha256 -r " + Shell.quote(image)).split(" ")[0];
        try (FirmwareFileServer server = FirmwareFileServer.start()) {
            String url = server.serve("/image.bin", image).toString();
            Path target = dir.resolve("download.bin");
            for (int i = 0; i < reps; i++) {
                millis.get("curl + openssl")[i] = Stats.millis(Shell.time("curl -sf -o " + Shell.quote(target) + " "
                        + Shell.quote(url) + " && openssl dgst -sha256 " + Shell.quote(target) + " >/dev/null"));
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
                    if (!result[1].equals(expected)) {
                        throw new IllegalStateException(candidate + " computed " + result[1] + ", not " + expected);
                    }
                    millis.get(candidate)[i] = Double.parseDouble(result[0]);
                }
            }
            Files.deleteIfExists(target);
        }
        Files.delete(image);
        double base = Stats.median(millis.get("curl + openssl"));
        List<Row> rows = new ArrayList<>();
        millis.forEach((name, values) -> rows.add(new Row(
                "256 MiB GET + SHA-256 + write, one pass, median of " + reps + " (" + name + ")",
                String.format(
                        "%s (%s–%s)",
                        Row.ms(Stats.median(values)),
                        Row.ms(Stats.percentile(values, 1)),
                        Row.ms(Stats.percentile(values, 100))),
                Row.ms(base) + " (curl + openssl dgst)",
                Stats.median(values) / base,
                "-",
                "-")));
        return rows;
    }
}
