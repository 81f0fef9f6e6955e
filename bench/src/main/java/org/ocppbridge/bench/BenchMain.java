package org.ocppbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code java -jar bench/target/ocpp-bench.jar [--bridge-jar=PATH] [--work-dir=DIR] [--only=a,b] [--quick]
 * [--keep] [--before-jar=PATH] [--before-image=DIR]}: runs the benchmarks of issue 10 against the packaged bridge and prints one table, each figure next
 * to its baseline measured in the same run.
 */
public final class BenchMain {

    private static final List<String> ALL =
            List.of("startup", "roundtrip", "drain", "firmware", "logs", "package", "transfer");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Path bridgeJar = Path.of("ocpp-bridge/target/ocpp-bridge.jar");
        Path workDir = null;
        Path image = Path.of("dist/target/ocpp-bridge-image");
        Path launcher = Path.of("bin/ocpp-bridge");
        Set<String> only = new LinkedHashSet<>(ALL);
        boolean quick = false;
        boolean keep = false;
        Path beforeJar = null;
        Path beforeImage = null;
        for (String arg : args) {
            if (arg.startsWith("--bridge-jar=")) {
                bridgeJar = Path.of(arg.substring("--bridge-jar=".length()));
            } else if (arg.startsWith("--image=")) {
                image = Path.of(arg.substring("--image=".length()));
            } else if (arg.startsWith("--launcher=")) {
                launcher = Path.of(arg.substring("--launcher=".length()));
            } else if (arg.startsWith("--work-dir=")) {
                workDir = Path.of(arg.substring("--work-dir=".length()));
            } else if (arg.startsWith("--only=")) {
                only = new LinkedHashSet<>(
                        Arrays.asList(arg.substring("--only=".length()).split(",")));
            } else if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--before-jar=")) {
                beforeJar = Path.of(arg.substring("--before-jar=".length())).toAbsolutePath();
            } else if (arg.startsWith("--before-image=")) {
                beforeImage = Path.of(arg.substring("--before-image=".length())).toAbsolutePath();
            } else if (arg.equals("--keep")) {
                keep = true;
            } else {
                System.err.println(
                        "usage: ocpp-bench [--bridge-jar=PATH] [--image=DIR] [--launcher=PATH] [--work-dir=DIR] [--only="
                                + String.join(",", ALL) + "] [--quick] [--keep] [--before-jar=PATH]"
                                + " [--before-image=DIR]");
                System.exit(2);
            }
        }
        if (!Files.isRegularFile(bridgeJar)) {
            System.err.println("ocpp-bench: no bridge jar at " + bridgeJar + " (build it: mvn -q -B -DskipTests"
                    + " package, or pass --bridge-jar=PATH)");
            System.exit(2);
        }
        Shell.require("curl", "openssl", "tar", "gzip");
        Path benchJar = Path.of(BenchMain.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("ocpp-bench-");
        BenchContext context = new BenchContext(
                bridgeJar.toAbsolutePath(),
                benchJar,
                work,
                new ArrayList<>(BenchContext.RECOMMENDED),
                quick,
                new AtomicInteger());

        PrintStream out = System.out;
        String command = "java -jar bench/target/ocpp-bench.jar " + String.join(" ", args);
        out.println("# ocpp-bridge benchmark");
        out.println("date:    " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.println("command: " + command.trim());
        out.println("machine: " + Shell.run("nproc") + " cores (nproc); " + Shell.run("uname -srm"));
        out.println(Shell.run("free -h"));
        out.println(Shell.run(Shell.quote(BridgeProcess.javaExecutable()) + " -version 2>&1"));
        out.println("work dir: " + work);
        out.println();

        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        for (String name : only) {
            long t0 = System.nanoTime();
            List<Row> part;
            try {
                part = run(
                        name,
                        context,
                        image.toAbsolutePath(),
                        launcher.toAbsolutePath(),
                        Optional.ofNullable(beforeJar),
                        Optional.ofNullable(beforeImage));
            } catch (Exception | AssertionError e) {
                // One failed benchmark is a finding, not the end of the run: say so in the table and go on.
                e.printStackTrace();
                part = List.of(new Row(name + " benchmark", "FAILED: " + oneLine(e), "-", Double.NaN, "-", "NO"));
            }
            rows.addAll(part);
            System.err.printf("[bench] %s done in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
            part.forEach(row -> System.err.println("[bench]   " + row));
        }
        out.println("recommended JVM flags: " + String.join(" ", context.recommendedFlags()));
        out.println();
        Table.print(rows, out);
        out.printf("%nwhole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
        if (!keep) {
            deleteTree(work);
        }
    }

    /**
     * @param beforeJar another bridge jar (e.g. the commit before a change) measured in the same firmware runs,
     *     interleaved with the bridge jar
     * @param beforeImage another runtime image measured beside the image in the package benchmark
     */
    private static List<Row> run(
            String name,
            BenchContext context,
            Path image,
            Path launcher,
            Optional<Path> beforeJar,
            Optional<Path> beforeImage)
            throws Exception {
        return switch (name) {
            case "startup" -> new StartupBench(context).run();
            case "roundtrip" -> new RoundTripBench(context).run();
            case "drain" -> new DrainBench(context).run();
            case "firmware" -> new FirmwareBench(context, beforeJar).run();
            case "logs" -> new LogBench(context).run();
            case "package" -> new PackageBench(context, image, launcher, beforeImage).run();
            case "transfer" -> new TransferBench(context).run();
            default -> throw new IllegalArgumentException("unknown benchmark " + name + "; known: " + ALL);
        };
    }

    private static String oneLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replace('|', '/');
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
