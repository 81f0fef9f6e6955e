package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.CsmsSimulatorBuilder;
import org.ocppbridge.simulator.Frame;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.ProtocolViolation;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * Runs cases and prints {@code PASS <case>} / {@code FAIL <case>: <reason>} per case (with the last frames
 * after a failure), then {@code N passed, N failed}.
 *
 * <p>Launch mode starts the station afresh for every case on a new simulator; listen mode keeps one simulator
 * and the station that connected to it, and runs the cases that need no launch, one after the other.
 */
public final class ConformanceRunner {

    static final int HEARTBEAT_INTERVAL = 300;
    private static final int LAST_FRAMES = 12;
    private static final Duration UPLOAD_HOLD = Duration.ofSeconds(10);

    private final Path workDir;
    private final PrintStream out;
    private final FirmwareMaterial firmware;
    private final SecurityMaterial security;
    private volatile Consumer<CaseResult> onResult = result -> {};

    public ConformanceRunner(Path workDir, PrintStream out) throws IOException, GeneralSecurityException {
        this(workDir, out, FirmwareMaterial.create(workDir.resolve("pki")));
    }

    /**
     * A runner that uses firmware material made elsewhere, e.g. the console's, whose root the station was
     * already given.
     */
    public ConformanceRunner(Path workDir, PrintStream out, FirmwareMaterial firmware) {
        this.workDir = workDir;
        this.out = out;
        this.firmware = firmware;
        this.security = SecurityMaterial.createOrFail(workDir.resolve("pki-csms"));
    }

    /** Called with each case's result as soon as the case ends (the console shows them as they come). */
    public ConformanceRunner onResult(Consumer<CaseResult> listener) {
        onResult = java.util.Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** The trust anchor the station must be given (listen mode prints it for the operator). */
    public Path trustAnchor() {
        return firmware.rootPem();
    }

    /** Launch mode: each case on a fresh simulator with a freshly launched station. */
    public List<CaseResult> runLaunched(List<ConformanceCase> cases, StationLauncher launcher) {
        List<CaseResult> results = new ArrayList<>();
        for (ConformanceCase each : cases) {
            results.add(report(runLaunched(each, launcher)));
        }
        summary(results);
        return results;
    }

    /** Listen mode: the station connected (or will connect) to {@code csms}; cases needing a launch are left out. */
    public List<CaseResult> runListening(List<ConformanceCase> cases, CsmsSimulator csms, Duration waitForStation) {
        BootPlan plan = new BootPlan(Clock.systemUTC(), HEARTBEAT_INTERVAL);
        csms.autoReply("BootNotification", plan);
        List<CaseResult> results = new ArrayList<>();
        CallFeed first = new CallFeed(csms, 0);
        if (first.awaitConnection(waitForStation) == null) {
            out.println("FAIL no station connected within " + waitForStation);
            summary(results);
            return results;
        }
        if (!awaitBooted(first, waitForStation)) {
            out.println("FAIL the station that connected sent no BootNotification within " + waitForStation);
            summary(results);
            return results;
        }
        for (ConformanceCase each : cases) {
            if (each.needsLaunch() || each.security() != CaseSecurity.NONE) {
                continue;
            }
            results.add(report(runListening(each, csms, plan)));
        }
        summary(results);
        return results;
    }

    /**
     * Listen mode on a station that is connected and booted already (the console's): the cases that need no
     * launch run against the connection that opened last, without waiting for a boot first.
     */
    public List<CaseResult> runConnected(List<ConformanceCase> cases, CsmsSimulator csms) {
        BootPlan plan = new BootPlan(Clock.systemUTC(), HEARTBEAT_INTERVAL);
        csms.autoReply("BootNotification", plan);
        List<CaseResult> results = new ArrayList<>();
        for (ConformanceCase each : cases) {
            if (!each.needsLaunch()) {
                results.add(report(runListening(each, csms, plan)));
            }
        }
        summary(results);
        return results;
    }

    private CaseResult runLaunched(ConformanceCase each, StationLauncher launcher) {
        Path caseDir = workDir.resolve(each.id());
        CaseFiles files = new CaseFiles(caseDir, firmware);
        long started = System.nanoTime();
        BootPlan plan = new BootPlan(Clock.systemUTC(), HEARTBEAT_INTERVAL);
        CsmsSimulatorBuilder builder =
                CsmsSimulator.builder().defaultReplies(true).heartbeatInterval(HEARTBEAT_INTERVAL);
        try {
            security.configure(builder, each.security());
        } catch (GeneralSecurityException e) {
            return new CaseResult(each.id(), false, "the case could not run: " + e, elapsed(started), List.of());
        }
        try (CsmsSimulator csms = builder.start();
                FirmwareFileServer fileServer = FirmwareFileServer.start();
                UploadReceiver uploads = UploadReceiver.start(caseDir.resolve("uploads"), UPLOAD_HOLD)) {
            csms.autoReply("BootNotification", plan);
            CaseContext context =
                    new CaseContext(csms, new CallFeed(csms, 0), plan, fileServer, uploads, files, security);
            String failure;
            each.prepare(context);
            LaunchSpec spec = new LaunchSpec(
                    csms.url(),
                    stationId(each),
                    caseDir.resolve("data"),
                    caseDir.resolve("logs"),
                    firmware.rootPem(),
                    flags(each, files),
                    caseDir.resolve("station.out"));
            try (StationLauncher.Running station = launcher.launch(spec)) {
                failure = execute(each, context, CaseContext.REBOOT);
                if (failure != null && station.exitDescription().isPresent()) {
                    failure = failure + " (the station "
                            + station.exitDescription().get() + ")";
                }
            }
            return result(each, failure, started, csms.connections());
        } catch (IOException | RuntimeException e) {
            return new CaseResult(each.id(), false, "the case could not run: " + e, elapsed(started), List.of());
        }
    }

    private CaseResult runListening(ConformanceCase each, CsmsSimulator csms, BootPlan plan) {
        CaseFiles files = new CaseFiles(workDir.resolve(each.id()), firmware);
        long started = System.nanoTime();
        int firstConnection = Math.max(0, csms.connectionCount() - 1);
        try (FirmwareFileServer fileServer = FirmwareFileServer.start();
                UploadReceiver uploads = UploadReceiver.start(files.dir().resolve("uploads"), UPLOAD_HOLD)) {
            CallFeed feed = new CallFeed(csms, firstConnection);
            drain(feed);
            CaseContext context = new CaseContext(csms, feed, plan, fileServer, uploads, files, security);
            each.prepare(context);
            String failure = execute(each, context, null);
            List<StationConnection> used = csms.connections();
            return result(each, failure, started, used.subList(firstConnection, used.size()));
        } catch (IOException | RuntimeException e) {
            return new CaseResult(each.id(), false, "the case could not run: " + e, elapsed(started), List.of());
        }
    }

    /** The security profile's flags, then the case's own. */
    private List<String> flags(ConformanceCase each, CaseFiles files) {
        List<String> flags = new ArrayList<>(security.flags(each.security()));
        flags.addAll(each.stationFlags(files));
        return flags;
    }

    /** P4 §3.1.1: at most 48 characters. */
    private static String stationId(ConformanceCase each) {
        String id = "CS-" + each.id();
        return id.length() <= 48 ? id : id.substring(0, 48);
    }

    /** Runs the case; returns null when it passed, else the reason. */
    private static String execute(ConformanceCase each, CaseContext context, Duration bootWait) {
        try {
            if (bootWait != null && each.startsBooted()) {
                context.booted(bootWait);
            }
            each.run(context);
            return null;
        } catch (CaseFailure | AssertionError e) {
            return firstLine(e.getMessage());
        } catch (Exception e) {
            return "the case could not run: " + e;
        }
    }

    private CaseResult result(ConformanceCase each, String failure, long started, List<StationConnection> used) {
        List<ProtocolViolation> violations =
                used.stream().flatMap(c -> c.violations().stream()).toList();
        if (failure == null && !violations.isEmpty()) {
            failure = violations.get(0).rule()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
        }
        List<Frame> frames = used.stream()
                .flatMap(c -> c.frames().stream())
                .sorted(Comparator.comparing(Frame::at))
                .toList();
        return new CaseResult(each.id(), failure == null, failure == null ? "" : failure, elapsed(started), frames);
    }

    private CaseResult report(CaseResult result) {
        onResult.accept(result);
        out.println(result.line());
        if (!result.passed()) {
            List<Frame> frames = result.frames();
            List<Frame> last = frames.subList(Math.max(0, frames.size() - LAST_FRAMES), frames.size());
            out.println(last.stream().map(frame -> "    " + frame).collect(Collectors.joining("\n")));
        }
        out.flush();
        return result;
    }

    private void summary(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        out.println(passed + " passed, " + (results.size() - passed) + " failed");
        out.flush();
    }

    /** Listen mode: the station's BootNotification (answered Accepted), then the boot's security event. */
    private static boolean awaitBooted(CallFeed feed, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            IncomingCall call = left.isNegative() ? null : feed.next(left);
            if (call == null) {
                return false;
            }
            if (call.action().equals("BootNotification")) {
                break;
            }
        }
        long eventDeadline = System.nanoTime() + CaseContext.STEP.toNanos();
        while (System.nanoTime() < eventDeadline) {
            IncomingCall call = feed.next(Duration.ofNanos(eventDeadline - System.nanoTime()));
            if (call == null || Checks.isSecurityEvent(call, CaseContext.BOOT_SECURITY_EVENTS)) {
                break;
            }
        }
        return true;
    }

    /** Listen mode: what the station sent between cases is not judged by the next one. */
    private static void drain(CallFeed feed) {
        while (feed.next(Duration.ofMillis(200)) != null) {
            // skipped on purpose
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "failed without a reason";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
