package org.ocppbridge.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ocppbridge.bridge.queue.DurableQueue;
import org.ocppbridge.bridge.queue.QueueListener;
import org.ocppbridge.bridge.queue.Retention;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;

/**
 * 1,000 LogStatusNotifications wait in the data directory's queue (written with the queue's own API while the
 * bridge is down); the bridge starts, connects, boots, and drains them. Measured from the BootNotification's
 * arrival (the reconnect) to the last notification answered. Baseline: the same 1,000 CALLs sent one after another
 * by {@link NaiveStation} (no disk, no validation).
 */
final class DrainBench {

    private static final int NOTIFICATIONS = 1000;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BenchContext context;

    DrainBench(BenchContext context) {
        this.context = context;
    }

    List<Row> run() throws Exception {
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            double naive = naive(csms);
            double bridge = bridge(csms);
            return List.of(new Row(
                    NOTIFICATIONS + " queued notifications drained after the reconnect",
                    Row.ms(bridge),
                    Row.ms(naive) + " (naive station, no disk)",
                    bridge / naive,
                    "≤ 2000 ms",
                    Row.yesNo(bridge <= 2000)));
        }
    }

    private double bridge(CsmsSimulator csms) throws Exception {
        String stationId = context.stationId("drain");
        Path dir = context.dir(stationId);
        Path data = dir.resolve("data");
        // The bridge keeps its queue in <data-dir>/queue (BridgeRuntime).
        try (DurableQueue queue =
                DurableQueue.open(data.resolve("queue"), NOTIFICATIONS, Clock.systemUTC(), new QueueListener() {})) {
            for (int i = 1; i <= NOTIFICATIONS; i++) {
                queue.append("LogStatusNotification", payload(i).toString(), Retention.KEEP);
            }
        }
        try (BridgeProcess bridge = BridgeProcess.start(
                context.bridgeJar(),
                context.recommendedFlags(),
                BenchContext.bridgeArgs(csms.url(), stationId, data, dir.resolve("logs")),
                dir.resolve("bridge.out"))) {
            StationConnection station = bridge.awaitBoot(csms, Duration.ofSeconds(30));
            long reconnected = System.nanoTime();
            int delivered = 0;
            while (delivered < NOTIFICATIONS) {
                IncomingCall call = station.nextCall(WAIT);
                if (call.action().equals("LogStatusNotification")
                        && call.payload().get("requestId").getAsInt() == delivered + 1) {
                    delivered++;
                }
            }
            double millis = Stats.millis(System.nanoTime() - reconnected);
            station.assertNoViolations();
            return millis;
        }
    }

    private double naive(CsmsSimulator csms) throws Exception {
        try (NaiveStation naive = NaiveStation.connect(csms.url(), context.stationId("naive-drain"))) {
            StationConnection station = csms.awaitStation(WAIT);
            station.expectCall("BootNotification", WAIT);
            long start = System.nanoTime();
            for (int i = 1; i <= NOTIFICATIONS; i++) {
                JsonArray answer = naive.call("LogStatusNotification", payload(i));
                if (answer.get(0).getAsInt() != 3) {
                    throw new IllegalStateException("the CSMS refused a notification: " + answer);
                }
            }
            return Stats.millis(System.nanoTime() - start);
        }
    }

    private static JsonObject payload(int requestId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("status", "Uploaded");
        payload.addProperty("requestId", requestId);
        return payload;
    }
}
