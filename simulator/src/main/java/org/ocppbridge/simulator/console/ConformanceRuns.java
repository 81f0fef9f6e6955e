package org.ocppbridge.simulator.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.conformance.CaseResult;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.ConformanceCases;
import org.ocppbridge.simulator.conformance.ConformanceRunner;
import org.ocppbridge.simulator.conformance.FirmwareMaterial;
import org.ocppbridge.simulator.conformance.HtmlReport;
import org.ocppbridge.simulator.conformance.JsonReport;
import org.ocppbridge.simulator.conformance.ProcessStationLauncher;

/**
 * Conformance runs started from the console, one at a time on the "ocpp-console-conformance" thread: listen mode
 * against the station connected to the console's simulator, or launch mode with the station command given on the
 * command line (the only command the console ever runs). Results arrive case by case; when a run ends its JSON
 * and HTML reports are written to the work directory.
 */
final class ConformanceRuns implements AutoCloseable {

    private static final int FRAMES_OF_A_FAILURE = 12;

    private final CsmsSimulator csms;
    private final Path workDir;
    private final FirmwareMaterial firmware;
    private final String stationCommand;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ocpp-console-conformance");
        thread.setDaemon(true);
        return thread;
    });

    private final Object lock = new Object();
    private boolean running;
    private String mode = "";
    private List<String> selected = List.of();
    private final List<CaseResult> results = new ArrayList<>();
    private String problem = "";
    private int runs;

    ConformanceRuns(CsmsSimulator csms, Path workDir, FirmwareMaterial firmware, String stationCommand) {
        this.csms = csms;
        this.workDir = workDir;
        this.firmware = firmware;
        this.stationCommand = stationCommand;
    }

    /** Every case: id, title, and whether it needs launch mode. */
    static JsonArray catalogue() {
        JsonArray all = new JsonArray();
        for (ConformanceCase each : ConformanceCases.all()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", each.id());
            json.addProperty("title", each.title());
            json.addProperty("needsLaunch", each.needsLaunch());
            all.add(json);
        }
        return all;
    }

    boolean launchAvailable() {
        return stationCommand != null;
    }

    /** Whether a listen-mode run drives the connected station now (the forms wait meanwhile). */
    boolean listening() {
        synchronized (lock) {
            return running && mode.equals("listen");
        }
    }

    /** Starts a run of {@code caseIds} in {@code mode} ("listen" or "launch"). */
    void start(JsonElement caseIds, String requestedMode) throws FormErrors {
        List<String> ids = new ArrayList<>();
        if (caseIds != null && caseIds.isJsonArray()) {
            for (JsonElement id : caseIds.getAsJsonArray()) {
                if (id.isJsonPrimitive()) {
                    ids.add(id.getAsString());
                }
            }
        }
        if (ids.isEmpty()) {
            throw FormErrors.of("cases", "choose at least one case");
        }
        List<ConformanceCase> cases;
        try {
            cases = ConformanceCases.select(String.join(",", ids));
        } catch (IllegalArgumentException e) {
            throw FormErrors.of("cases", "unknown case");
        }
        String chosen = requestedMode == null ? "listen" : requestedMode;
        if (!Set.of("listen", "launch").contains(chosen)) {
            throw FormErrors.of("mode", "listen or launch");
        }
        if (chosen.equals("launch") && stationCommand == null) {
            throw FormErrors.of("mode", "launch mode needs the station command: serve --station \"<command>\"");
        }
        if (chosen.equals("listen")) {
            List<String> launchOnly = cases.stream()
                    .filter(ConformanceCase::needsLaunch)
                    .map(ConformanceCase::id)
                    .toList();
            if (!launchOnly.isEmpty()) {
                throw FormErrors.of("cases", "launch mode only: " + String.join(", ", launchOnly));
            }
            if (csms.connections().stream().noneMatch(c -> c.isOpen())) {
                throw FormErrors.of("mode", "no station is connected for listen mode");
            }
        }
        synchronized (lock) {
            if (running) {
                throw FormErrors.of("cases", "a run is going on; wait for its end");
            }
            running = true;
            mode = chosen;
            selected = cases.stream().map(ConformanceCase::id).toList();
            results.clear();
            problem = "";
            runs++;
        }
        int run = runs;
        executor.execute(() -> run(cases, chosen, run));
    }

    private void run(List<ConformanceCase> cases, String chosen, int run) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        String station = chosen.equals("launch") ? stationCommand : lastStation();
        try {
            Path dir = Files.createDirectories(workDir.resolve("conformance").resolve("run-" + run));
            ConformanceRunner runner = new ConformanceRunner(dir, out, firmware).onResult(this::add);
            List<CaseResult> all = chosen.equals("launch")
                    ? runner.runLaunched(cases, new ProcessStationLauncher(stationCommand))
                    : runner.runConnected(cases, csms);
            JsonReport.write(jsonReport(), all);
            HtmlReport.write(htmlReport(), all, station, Instant.now());
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                problem = "the run could not go on: " + e;
            }
        } finally {
            synchronized (lock) {
                running = false;
            }
        }
    }

    private void add(CaseResult result) {
        synchronized (lock) {
            results.add(result);
        }
    }

    private String lastStation() {
        var all = csms.connections();
        return all.isEmpty() ? "" : all.get(all.size() - 1).stationId();
    }

    Path jsonReport() {
        return workDir.resolve("conformance").resolve("report.json");
    }

    Path htmlReport() {
        return workDir.resolve("conformance").resolve("report.html");
    }

    /** The run as the page shows it: selected cases, results so far (a failure with its last frames). */
    JsonObject state() {
        JsonObject json = new JsonObject();
        synchronized (lock) {
            json.addProperty("running", running);
            json.addProperty("mode", mode);
            json.addProperty("problem", problem);
            json.addProperty("run", runs);
            JsonArray cases = new JsonArray();
            selected.forEach(cases::add);
            json.add("selected", cases);
            JsonArray done = new JsonArray();
            for (CaseResult result : results) {
                JsonObject each = new JsonObject();
                each.addProperty("case", result.caseId());
                each.addProperty("result", result.passed() ? "PASS" : "FAIL");
                each.addProperty("reason", result.reason());
                each.addProperty("millis", result.took().toMillis());
                if (!result.passed()) {
                    List<Frame> frames = result.frames();
                    each.addProperty(
                            "frames",
                            frames.subList(Math.max(0, frames.size() - FRAMES_OF_A_FAILURE), frames.size()).stream()
                                    .map(Frame::toString)
                                    .collect(Collectors.joining("\n")));
                }
                done.add(each);
            }
            json.add("results", done);
            json.addProperty("reports", !running && runs > 0 && Files.isRegularFile(htmlReport()));
        }
        return json;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
