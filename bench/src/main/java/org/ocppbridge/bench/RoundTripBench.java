package org.ocppbridge.bench;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.StationConnection;

/**
 * Validated round trips: the CSMS sends TriggerMessage(Heartbeat), the station answers, sends a Heartbeat, the CSMS
 * answers it. One cycle's latency runs from the TriggerMessage going out to the Heartbeat arriving (its answer
 * leaves at once, before the next cycle). Both ends validate against the schemas: the simulator every frame, the
 * bridge every frame too. Baseline: the same cycles against {@link NaiveStation} (no validation, same CSMS).
 */
final class RoundTripBench {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BenchContext context;

    RoundTripBench(BenchContext context) {
        this.context = context;
    }

    List<Row> run() throws Exception {
        int cycles = 5000;
        int warmUp = context.quick() ? 500 : 2000;
        List<Row> rows = new ArrayList<>();
        try (CsmsSimulator csms = CsmsSimulator.builder().defaultReplies(true).start()) {
            Cycles naive = naive(csms, warmUp, cycles);
            Cycles bridgeDefault = bridge(csms, List.of(), warmUp, cycles);
            Cycles bridgeRecommended = bridge(csms, context.recommendedFlags(), warmUp, cycles);
            rows.add(row("default JVM flags", bridgeDefault, naive));
            rows.add(row("recommended flags", bridgeRecommended, naive));
        }
        return rows;
    }

    private Row row(String label, Cycles bridge, Cycles naive) {
        double p50 = Stats.median(bridge.latencies());
        double p99 = Stats.percentile(bridge.latencies(), 99);
        boolean met = bridge.perSecond() >= 1000 && p99 <= 5;
        return new Row(
                "TriggerMessage(Heartbeat) round trips, " + bridge.latencies().length + " cycles (" + label + ")",
                String.format("%.0f/s, p50 %s, p99 %s", bridge.perSecond(), Row.ms(p50), Row.ms(p99)),
                String.format(
                        "%.0f/s, p50 %s, p99 %s (naive station)",
                        naive.perSecond(),
                        Row.ms(Stats.median(naive.latencies())),
                        Row.ms(Stats.percentile(naive.latencies(), 99))),
                naive.perSecond() / bridge.perSecond(),
                "≥ 1000/s, p99 ≤ 5 ms",
                Row.yesNo(met));
    }

    private Cycles bridge(CsmsSimulator csms, List<String> flags, int warmUp, int cycles) throws Exception {
        String stationId = context.stationId("rt");
        Path dir = context.dir(stationId);
        try (BridgeProcess bridge = BridgeProcess.start(
                context.bridgeJar(),
                flags,
                BenchContext.bridgeArgs(csms.url(), stationId, dir.resolve("data"), dir.resolve("logs")),
                dir.resolve("bridge.out"))) {
            StationConnection station = bridge.awaitBoot(csms, Duration.ofSeconds(30));
            // Notifications the bridge sends by itself after the boot (if any) are answered by the defaults.
            drainCalls(station);
            try {
                run(station, warmUp);
                return run(station, cycles);
            } catch (AssertionError | IllegalStateException e) {
                // Keep what a stall looks like from inside the bridge, for the report.
                Path dump = dir.resolve("bridge-threads.txt");
                Shell.run("jcmd " + bridge.pid() + " Thread.print > " + Shell.quote(dump) + " 2>&1 || true");
                throw new IllegalStateException("round trips stalled; the bridge's threads are in " + dump, e);
            }
        }
    }

    static Cycles run(StationConnection station, int cycles) {
        JsonObject trigger = new JsonObject();
        trigger.addProperty("requestedMessage", "Heartbeat");
        double[] latencies = new double[cycles];
        long start = System.nanoTime();
        for (int i = 0; i < cycles; i++) {
            long t0 = System.nanoTime();
            CallOutcome outcome = station.call("TriggerMessage", trigger, WAIT);
            if (!(outcome instanceof CallOutcome.Result result)
                    || !result.payload().get("status").getAsString().equals("Accepted")) {
                throw new IllegalStateException("TriggerMessage not accepted: " + outcome);
            }
            station.expectCall("Heartbeat", WAIT);
            latencies[i] = Stats.millis(System.nanoTime() - t0);
        }
        long elapsed = System.nanoTime() - start;
        station.assertNoViolations();
        return new Cycles(latencies, cycles / (elapsed / 1e9));
    }

    private Cycles naive(CsmsSimulator csms, int warmUp, int cycles) throws Exception {
        try (NaiveStation naive = NaiveStation.connect(csms.url(), context.stationId("naive"))) {
            StationConnection station = csms.awaitStation(WAIT);
            station.expectCall("BootNotification", WAIT);
            run(station, warmUp);
            return run(station, cycles);
        }
    }

    static void drainCalls(StationConnection station) {
        try {
            while (true) {
                station.nextCall(Duration.ofMillis(500));
            }
        } catch (AssertionError none) {
            // Nothing more within the quiet period.
        }
    }

    record Cycles(double[] latencies, double perSecond) {}
}
