package org.ocppbridge.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.conformance.CaseResult;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.ConformanceCases;
import org.ocppbridge.simulator.conformance.ConformanceRunner;
import org.ocppbridge.simulator.conformance.JsonReport;
import org.ocppbridge.simulator.conformance.ProcessStationLauncher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conformance --station "<command>" | --listen <port>}: runs the cases and prints PASS/FAIL lines. */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        description = "Runs the conformance cases (named after the OCPP 2.0.1 Part 6 test cases) against a station."
                + " Prints PASS <case> or FAIL <case>: <reason> per case, then 'N passed, N failed'.")
final class ConformanceCommand implements Callable<Integer> {

    static final class Mode {
        @Option(
                names = "--station",
                paramLabel = "COMMAND",
                required = true,
                description = "Launch mode: the station command; each case starts it with --csms-url, --station-id,"
                        + " --data-dir, --log-dir, --firmware-trust-anchor (and case flags).")
        String station;

        @Option(
                names = "--listen",
                paramLabel = "PORT",
                required = true,
                description = "Listen mode: wait on this port (all interfaces) for a station at"
                        + " ws://<host>:PORT/ocpp/<id>; runs the cases that need no launch.")
        Integer listen;
    }

    /** One of --station or --listen; none is needed for --list, which runs nothing. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    @Option(names = "--only", paramLabel = "CASE,CASE", description = "Run only these cases.")
    String only;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every case's result and frames to FILE.")
    Path json;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where cases keep their files (PKI, station dirs, uploads). Default: a new temp dir.")
    Path workDir;

    @Option(
            names = "--wait",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Listen mode: how long to wait for the station. Default: ${DEFAULT-VALUE}.")
    int waitSeconds;

    @Option(
            names = "--list",
            description = "List the case ids and titles, then exit (needs neither --station nor --listen).")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ConformanceCase> cases = ConformanceCases.select(only);
        if (list) {
            PrintWriter out = spec.commandLine().getOut();
            cases.forEach(each ->
                    out.println(each.id() + "  " + each.title() + (each.needsLaunch() ? "  [launch mode only]" : "")));
            out.flush();
            return 0;
        }
        if (mode == null) {
            throw new IllegalArgumentException(
                    "conformance: give --station COMMAND (launch mode) or --listen PORT (listen mode); --list needs"
                            + " neither");
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("ocpp-conformance");
        ConformanceRunner runner = new ConformanceRunner(dir, System.out);
        List<CaseResult> results;
        if (mode.station != null) {
            results = runner.runLaunched(cases, new ProcessStationLauncher(mode.station));
        } else {
            try (CsmsSimulator csms = CsmsSimulator.builder()
                    .host("0.0.0.0")
                    .port(mode.listen)
                    .defaultReplies(true)
                    .start()) {
                System.out.println("Listening on " + csms.url().replace("0.0.0.0", "<host>") + "/<station id>;"
                        + " firmware trust anchor: " + runner.trustAnchor());
                results = runner.runListening(cases, csms, Duration.ofSeconds(waitSeconds));
            }
        }
        if (json != null) {
            JsonReport.write(json, results);
        }
        boolean allPassed = !results.isEmpty() && results.stream().allMatch(CaseResult::passed);
        return allPassed ? 0 : 1;
    }
}
