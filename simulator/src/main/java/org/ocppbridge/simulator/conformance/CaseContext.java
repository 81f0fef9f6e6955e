package org.ocppbridge.simulator.conformance;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.files.FirmwareFileServer;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * What a case works with: the simulator, the station's CALLs as one stream across reboots, the file servers of
 * this case and its files. Messages a case does not judge (Heartbeat, connector states, the security event of
 * each boot) are answered and skipped by {@link #next}; a case that judges them uses {@link #nextAny}.
 */
public final class CaseContext {

    /** Every wait of a step that needs no reboot. */
    public static final Duration STEP = Duration.ofSeconds(10);
    /** A step across a reboot: stop, start again, reconnect, boot. */
    public static final Duration REBOOT = Duration.ofSeconds(30);

    static final Set<String> BOOT_SECURITY_EVENTS = Set.of("StartupOfTheDevice", "ResetOrReboot");
    private static final Set<String> NOT_JUDGED = Set.of(
            "Heartbeat", "StatusNotification", "NotifyEvent", "MeterValues", "NotifyReport", "NotifyMonitoringReport");

    private final CsmsSimulator csms;
    private final CallFeed feed;
    private final BootPlan bootPlan;
    private final FirmwareFileServer firmwareServer;
    private final UploadReceiver uploads;
    private final CaseFiles files;
    private final SecurityMaterial security;
    private final String firmwarePath = "/firmware.bin";

    CaseContext(
            CsmsSimulator csms,
            CallFeed feed,
            BootPlan bootPlan,
            FirmwareFileServer firmwareServer,
            UploadReceiver uploads,
            CaseFiles files,
            SecurityMaterial security) {
        this.csms = csms;
        this.feed = feed;
        this.bootPlan = bootPlan;
        this.firmwareServer = firmwareServer;
        this.uploads = uploads;
        this.files = files;
        this.security = security;
        firmwareServer.serve(firmwarePath, files.firmware().image());
    }

    public CsmsSimulator csms() {
        return csms;
    }

    public FirmwareFileServer firmwareServer() {
        return firmwareServer;
    }

    public UploadReceiver uploads() {
        return uploads;
    }

    public CaseFiles files() {
        return files;
    }

    /** The run's CSMS certificate authority and first password (see {@link ConformanceCase#security()}). */
    public SecurityMaterial security() {
        return security;
    }

    public FirmwareMaterial firmware() {
        return files.firmware();
    }

    /** The URL of the signed image on this case's file server. */
    public String firmwareLocation() {
        return firmwareServer.uri(firmwarePath).toString();
    }

    /** The URL logs are uploaded to. */
    public String logLocation() {
        return uploads.uri("/logs/").toString();
    }

    /** Plans the answer to the next BootNotification (Accepted after the planned ones run out). */
    public void answerNextBoot(String status, int interval) {
        bootPlan.then(status, interval);
    }

    /** The index of the connection the last CALL came on; it grows with every reconnect. */
    public int connectionNumber() {
        return feed.connectionNumber();
    }

    /** The index of the newest connection; a reboot makes a later one. */
    public int openConnectionNumber() {
        return Math.max(0, csms.connectionCount() - 1);
    }

    /** The connection the feed reads now. */
    public StationConnection connection() {
        StationConnection connection = feed.awaitConnection(STEP);
        if (connection == null) {
            throw new CaseFailure("P4 §3: the station did not connect within " + STEP);
        }
        return connection;
    }

    /** The newest open connection: where the CSMS sends its CALLs. */
    public StationConnection openConnection() {
        var all = csms.connections();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isOpen()) {
                return all.get(i);
            }
        }
        throw new CaseFailure("P4 §3: the station is not connected");
    }

    /** Sends a CALL on the open connection and returns the station's answer. */
    public CallOutcome call(String action, JsonObject payload) {
        return openConnection().call(action, payload, STEP);
    }

    /** Sends a CALL and returns the CALLRESULT's {@code status}; fails naming {@code rule} on a CALLERROR. */
    public String callStatus(String action, JsonObject payload, String rule) {
        CallOutcome outcome = call(action, payload);
        if (outcome instanceof CallOutcome.Error error) {
            throw new CaseFailure(rule + ": " + action + " answered with CALLERROR " + error.code());
        }
        return Checks.string(outcome.payload(), "status");
    }

    /**
     * The first connection opened after the first {@code seen} ones (see {@link CsmsSimulator#connections()}); a
     * failure naming {@code awaited} when none opens in time.
     */
    public StationConnection connectionAfter(int seen, Duration timeout, String awaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<StationConnection> all = csms.connections();
            if (all.size() > seen) {
                return all.get(seen);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new CaseFailure(awaited + ": no new connection within " + timeout);
    }

    /**
     * The first upgrade request after the first {@code seen} ones (see {@link CsmsSimulator#handshakeAttempts()}),
     * accepted or refused; a failure naming {@code awaited} when none comes in time.
     */
    public HandshakeAttempt handshakeAfter(int seen, Duration timeout, String awaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<HandshakeAttempt> all = csms.handshakeAttempts();
            if (all.size() > seen) {
                return all.get(seen);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new CaseFailure(awaited + ": no upgrade request within " + timeout);
    }

    /** The next CALL a case judges, or a failure naming what was awaited. */
    public IncomingCall next(Duration timeout, String awaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            IncomingCall call = left.isNegative() ? null : feed.next(left);
            if (call == null) {
                throw new CaseFailure(awaited + ": nothing came within " + timeout);
            }
            if (judged(call)) {
                return call;
            }
        }
    }

    /** The next CALL of any kind (null when none comes within {@code timeout}). */
    public IncomingCall nextAny(Duration timeout) {
        return feed.next(timeout);
    }

    /** Skips CALLs until one matches; fails naming {@code awaited} when none does in time. */
    public IncomingCall await(Predicate<IncomingCall> wanted, Duration timeout, String awaited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            IncomingCall call = left.isNegative() ? null : feed.next(left);
            if (call == null) {
                throw new CaseFailure(awaited + ": nothing came within " + timeout);
            }
            if (wanted.test(call)) {
                return call;
            }
        }
    }

    /** How long an absence check listens at least, the barrier's Heartbeat or not. */
    public static final Duration QUIET = Duration.ofSeconds(1);

    /**
     * Fails naming {@code rule} when the station sends a CALL matching {@code forbidden} before both the barrier —
     * a TriggerMessage Heartbeat (answered Accepted, F06.FR.04) and the Heartbeat it triggers — and {@link #QUIET}
     * have passed. The barrier catches whatever a station that handles the CSMS's frames in order sends late; the
     * quiet window still catches a station that sends it from another task a moment after the Heartbeat (the suite
     * judges other stations too, and the spec does not oblige them to keep that order).
     */
    public void assertNoneBeforeHeartbeat(Predicate<IncomingCall> forbidden, String rule) {
        long quietEnds = System.nanoTime() + QUIET.toNanos();
        String status = callStatus("TriggerMessage", Requests.trigger("Heartbeat", null), "F06.FR.04 (the barrier)");
        CaseFailure.check(
                "Accepted".equals(status),
                "F06.FR.04 (the barrier): TriggerMessageResponse " + status + " for Heartbeat, expected Accepted");
        boolean heartbeatSeen = false;
        while (true) {
            Duration quietLeft = Duration.ofNanos(quietEnds - System.nanoTime());
            if (heartbeatSeen && quietLeft.isNegative()) {
                return;
            }
            IncomingCall call = feed.next(heartbeatSeen ? quietLeft : STEP);
            if (call == null) {
                CaseFailure.check(
                        heartbeatSeen, "F06 (the barrier): no Heartbeat within " + STEP + " after TriggerMessage");
                return;
            }
            if (forbidden.test(call)) {
                throw new CaseFailure(rule + " (the station sent " + Checks.describe(call) + ")");
            }
            if (call.action().equals("Heartbeat")) {
                heartbeatSeen = true;
            }
        }
    }

    /**
     * The first CALL of a station that is booting, which must be its BootNotification (B01.FR.01).
     *
     * @param step names the step in the failure when none comes, e.g. {@code "B03 (TC_B_03 step 1)"}
     */
    public IncomingCall firstBootNotification(String step) {
        IncomingCall first = nextAny(REBOOT);
        CaseFailure.check(first != null, step + ": no BootNotification within " + REBOOT);
        Checks.action(first, "BootNotification", "B01.FR.01: the first message of a boot is a BootNotification");
        return first;
    }

    /**
     * Reusable state Booted (P6 §2.18, ER Table 17): a BootNotification answered Accepted, then a
     * SecurityEventNotification StartupOfTheDevice or ResetOrReboot (connector states do not apply).
     */
    public IncomingCall booted(Duration timeout) {
        IncomingCall boot = next(timeout, "Booted: BootNotification");
        Checks.action(boot, "BootNotification", "B01.FR.01: the first message of a boot is a BootNotification");
        await(
                call -> Checks.isSecurityEvent(call, BOOT_SECURITY_EVENTS),
                STEP,
                "Booted (P6 §2.18 step 4): SecurityEventNotification StartupOfTheDevice or ResetOrReboot");
        return boot;
    }

    private static boolean judged(IncomingCall call) {
        if (NOT_JUDGED.contains(call.action())) {
            return false;
        }
        return !Checks.isSecurityEvent(call, BOOT_SECURITY_EVENTS);
    }
}
