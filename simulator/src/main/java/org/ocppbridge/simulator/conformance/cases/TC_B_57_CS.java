package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ocppbridge.simulator.CsmsSimulator;
import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.StationConnection;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseFiles;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_57_CS (Part 4 §5.3): RetryBackOffRepeatTimes 2, RetryBackOffRandomRange 0, RetryBackOffWaitMinimum W.
 * The CSMS closes the connection; the station reconnects after at least W (step 2) and is accepted. It closes
 * again; the station reconnects after W, not a doubled wait, because it had successfully reconnected (step 5);
 * that attempt is refused, and the next comes after the doubled wait (step 7: at least 3 W after the close).
 * Also Part 4 §5.3: a station whose boot was Accepted sends no BootNotification on these reconnects; a triggered
 * Heartbeat after each reconnect is the barrier that shows none came first. The back-off variables are set by
 * launch flags, so the case runs in launch mode only.
 */
public final class TC_B_57_CS implements ConformanceCase {

    /** RetryBackOffWaitMinimum, seconds: long enough that a doubled wait is told apart from a single one. */
    static final int WAIT_MINIMUM = 2;

    private static final Duration W = Duration.ofSeconds(WAIT_MINIMUM);
    /** Latency between the close and the station seeing it, and between its connect and the upgrade request. */
    private static final Duration JITTER = Duration.ofMillis(500);

    @Override
    public String id() {
        return "TC_B_57_CS";
    }

    @Override
    public String title() {
        return "Network reconnection after connection loss - back-off, and no BootNotification on a reconnect";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public List<String> stationFlags(CaseFiles files) {
        return List.of(
                "--retry-backoff-wait-minimum", String.valueOf(WAIT_MINIMUM),
                "--retry-backoff-random-range", "0",
                "--retry-backoff-repeat-times", "2");
    }

    @Override
    public void run(CaseContext context) {
        CsmsSimulator csms = context.csms();

        // Steps 1-3: close; the station reconnects after at least W; accepted.
        Instant firstClose = closeOpenConnection(context);
        HandshakeAttempt step2 = nextAttempt(csms, firstClose, "TC_B_57 step 2");
        Duration firstTime = Duration.between(firstClose, step2.at());
        CaseFailure.check(
                firstTime.compareTo(W) >= 0,
                "P4 §5.3 (TC_B_57 step 2): reconnected " + firstTime.toMillis()
                        + " ms after the close, before RetryBackOffWaitMinimum (" + W.toSeconds() + " s)");
        noBootOnReconnect(context, "TC_B_57 step 3");

        // Steps 4-6: close again; the station reconnects after W (the back-off started again); refused.
        csms.refuseNextHandshake(503);
        Instant secondClose = closeOpenConnection(context);
        HandshakeAttempt step5 = nextAttempt(csms, secondClose, "TC_B_57 step 5");
        Duration secondTime = Duration.between(secondClose, step5.at());
        CaseFailure.check(
                secondTime.compareTo(W) >= 0,
                "P4 §5.3 (TC_B_57 step 5): reconnected " + secondTime.toMillis()
                        + " ms after the close, before RetryBackOffWaitMinimum (" + W.toSeconds() + " s)");
        CaseFailure.check(
                secondTime.compareTo(W.plus(W.dividedBy(2))) < 0,
                "P4 §5.3 (TC_B_57 step 5): reconnected " + secondTime.toMillis()
                        + " ms after the close, expected RetryBackOffWaitMinimum (" + W.toSeconds()
                        + " s): the back-off did not start again after the successful reconnect of step 3");

        // Steps 7-8: the doubled wait after the refused attempt; accepted.
        HandshakeAttempt step7 = nextAttempt(csms, step5.at(), "TC_B_57 step 7");
        CaseFailure.check(step7.accepted(), "TC_B_57 step 8: the simulator refused the reconnect");
        Duration doubled = Duration.between(step5.at(), step7.at());
        Duration total = Duration.between(secondClose, step7.at());
        CaseFailure.check(
                doubled.compareTo(W.multipliedBy(2).minus(JITTER)) >= 0
                        && total.compareTo(W.multipliedBy(3).minus(JITTER)) >= 0,
                "P4 §5.3 (TC_B_57 step 7): reconnected " + total.toMillis() + " ms after the close ("
                        + doubled.toMillis() + " ms after the refused attempt), expected at least 3 x "
                        + W.toSeconds() + " s: the wait did not double after the failed attempt");
        noBootOnReconnect(context, "TC_B_57 step 8");
    }

    /** Closes the connection the station has open, as the OCTT does; returns when it was closed. */
    private static Instant closeOpenConnection(CaseContext context) {
        StationConnection open = context.openConnection();
        Instant at = Instant.now();
        open.close(1000);
        open.awaitClose(CaseContext.STEP);
        return at;
    }

    /** The first upgrade request after {@code after}; fails naming {@code step} when none comes. */
    private static HandshakeAttempt nextAttempt(CsmsSimulator csms, Instant after, String step) {
        Duration limit = W.multipliedBy(4).plus(CaseContext.STEP);
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (HandshakeAttempt attempt : csms.handshakeAttempts()) {
                if (attempt.at().isAfter(after)) {
                    return attempt;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new CaseFailure("P4 §5.3 (" + step + "): the station did not reconnect within " + limit);
    }

    /**
     * Part 4 §5.3: after an Accepted boot, a reconnect sends no BootNotification (none of its fields changed). A
     * triggered Heartbeat is the barrier: every CALL the station sent on the new connection before it is read.
     */
    private static void noBootOnReconnect(CaseContext context, String step) {
        StationConnection reconnected = awaitOpen(context, step);
        int connection = context.csms().connections().indexOf(reconnected);
        TriggerSteps.trigger(context, "Heartbeat", null, "Accepted", "F06.FR.04 (" + step + ", the barrier)");
        while (true) {
            IncomingCall call = context.nextAny(CaseContext.STEP);
            CaseFailure.check(call != null, "F06 (" + step + "): no Heartbeat after TriggerMessage Heartbeat");
            if (context.connectionNumber() < connection) {
                continue; // still the old connection's CALLs
            }
            CaseFailure.check(
                    !call.action().equals("BootNotification"),
                    "P4 §5.3 (" + step + "): " + Checks.describe(call) + " on a reconnect after a connection loss;"
                            + " a station whose boot was Accepted reconnects without one");
            if (call.action().equals("Heartbeat")) {
                return;
            }
        }
    }

    private static StationConnection awaitOpen(CaseContext context, String step) {
        long deadline = System.nanoTime() + CaseContext.STEP.toNanos();
        while (System.nanoTime() < deadline) {
            List<StationConnection> all = context.csms().connections();
            StationConnection newest = all.isEmpty() ? null : all.get(all.size() - 1);
            if (newest != null && newest.isOpen()) {
                return newest;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new CaseFailure("P4 §5.3 (" + step + "): the reconnected station's connection is not open");
    }
}
