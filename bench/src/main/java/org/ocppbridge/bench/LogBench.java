package org.ocppbridge.bench;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * 100 MiB of log files in {@code --log-dir}: GetLog(DiagnosticsLog) → LogStatusNotification(Uploaded), against
 * {@code tar czf} + {@code curl -T} of the same directory to the same receiver, with the bridge's heap bounded.
 */
final class LogBench {

    private static final long MIB = 1 << 20;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final BenchContext context;

    LogBench(BenchContext context) {
        this.context = context;
    }

    List<Row> run() throws Exception {
        int reps = context.quick() ? 1 : 3;
        Path dir = context.dir("logs");
        Path logDir = dir.resolve("log-dir");
        long bytes = TestFiles.logFiles(logDir, 100, MIB, 42);
        List<Row> rows = new ArrayList<>();
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start();
                UploadReceiver receiver = UploadReceiver.start(dir.resolve("received"))) {
            double[] baseline = new double[reps];
            double[] bridge = new double[reps];
            long peak = 0;
            long archiveBytes = 0;
            for (int i = 0; i < reps; i++) {
                baseline[i] = tarCurl(dir, logDir, receiver);
                Result result = bridge(csms, receiver, logDir, i + 1);
                bridge[i] = result.millis();
                peak = Math.max(peak, result.peakRssKib());
                archiveBytes = result.archiveBytes();
            }
            double base = Stats.median(baseline);
            double median = Stats.median(bridge);
            rows.add(new Row(
                    String.format(
                            "%.0f MiB of logs → GetLog → Uploaded (recommended flags, -Xmx32m)%s",
                            bytes / (double) MIB, reps > 1 ? ", median of " + reps : ""),
                    Row.ms(median),
                    Row.ms(base) + " (tar czf + curl -T)",
                    median / base,
                    "≤ 1.2×",
                    Row.yesNo(median <= 1.2 * base)));
            rows.add(new Row(
                    "log upload: bridge peak RSS (-Xmx32m); archive size",
                    Row.mib(peak) + "; " + Row.mib(archiveBytes / 1024),
                    "-",
                    Double.NaN,
                    "bounded heap",
                    "-"));
        }
        return rows;
    }

    private static double tarCurl(Path dir, Path logDir, UploadReceiver receiver) throws Exception {
        Path archive = dir.resolve("baseline.tar.gz");
        long nanos = Shell.time("tar czf " + Shell.quote(archive) + " -C " + Shell.quote(logDir) + " . && curl -sf -T "
                + Shell.quote(archive) + " " + Shell.quote(receiver.uri("/logs/baseline.tar.gz")));
        UploadReceiver.Upload upload = receiver.awaitUpload(WAIT);
        Files.delete(upload.file());
        Files.delete(archive);
        return Stats.millis(nanos);
    }

    private Result bridge(CsmsSimulator csms, UploadReceiver receiver, Path logDir, int requestId) throws Exception {
        String stationId = context.stationId("log");
        Path dir = context.dir(stationId);
        try (BridgeProcess bridge = BridgeProcess.start(
                context.bridgeJar(),
                context.recommendedFlags(),
                BenchContext.bridgeArgs(csms.url(), stationId, dir.resolve("data"), logDir),
                dir.resolve("bridge.out"))) {
            StationConnection station = bridge.awaitIdleAfterBoot(csms, Duration.ofSeconds(30));
            JsonObject log = new JsonObject();
            log.addProperty("remoteLocation", receiver.uri("/logs/").toString());
            JsonObject request = new JsonObject();
            request.addProperty("logType", "DiagnosticsLog");
            request.addProperty("requestId", requestId);
            request.add("log", log);
            long start = System.nanoTime();
            CallOutcome outcome = station.call("GetLog", request, Duration.ofSeconds(10));
            if (!outcome.payload().has("status")
                    || !outcome.payload().get("status").getAsString().equals("Accepted")) {
                throw new IllegalStateException("GetLog not accepted: " + outcome);
            }
            while (true) {
                IncomingCall call = station.nextCall(WAIT);
                if (!call.action().equals("LogStatusNotification")) {
                    continue;
                }
                String status = call.payload().get("status").getAsString();
                if (status.equals("Uploaded")) {
                    double millis = Stats.millis(System.nanoTime() - start);
                    long peak = bridge.peakRssKib();
                    UploadReceiver.Upload upload = receiver.awaitUpload(WAIT);
                    Files.delete(upload.file());
                    return new Result(millis, peak, upload.size());
                }
                if (!status.equals("Uploading")) {
                    throw new IllegalStateException("log upload ended in " + status + "; see " + bridge.output());
                }
            }
        }
    }

    private record Result(double millis, long peakRssKib, long archiveBytes) {}
}
