package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * P6 + ER §6.1.29 TC_N_26_CS, as the test tool counts it: the log server refuses (403); with retries=3 the station
 * performs step (3,) 5 four times, retryInterval apart: a failure status (UploadFailure, BadMessage,
 * PermissionDenied or NotSupportedOperation) after every attempt, the last about 3 × retryInterval after the first
 * Uploading. A repeated Uploading per retry is allowed. Part 2 (ER §2.13.1) also allows a single failure status
 * after the last attempt, but the tool expects one per attempt, and so does this case.
 */
public final class TC_N_26_CS implements ConformanceCase {

    private static final int RETRIES = 3;
    private static final int RETRY_INTERVAL = 2;
    private static final Duration JITTER = Duration.ofMillis(500);
    /** P6 §2.1: 4 s deviation on times. */
    private static final Duration TOLERANCE = Duration.ofSeconds(4);

    @Override
    public String id() {
        return "TC_N_26_CS";
    }

    @Override
    public String title() {
        return "Get diagnostics log - upload failed, with retries";
    }

    @Override
    public void run(CaseContext context) {
        context.uploads().mode(UploadReceiver.Mode.FORBIDDEN);
        LogSteps.getLog(context, 126, "DiagnosticsLog", RETRIES, RETRY_INTERVAL, "Accepted", "N01 (TC_N_26 step 2)");
        IncomingCall first = LogSteps.status(context, 126, "TC_N_26 step 3", "Uploading");
        Duration interval = Duration.ofSeconds(RETRY_INTERVAL);
        Duration expected = interval.multipliedBy(RETRIES);
        List<IncomingCall> failures = new ArrayList<>();
        while (failures.size() < RETRIES + 1) {
            IncomingCall call = context.nextAny(interval.plus(CaseContext.STEP));
            if (call == null) {
                throw new CaseFailure("ER §6.1.29 (TC_N_26 step 5): " + failures.size() + " failure status(es) for "
                        + context.uploads().requests() + " upload attempts; the test tool expects step 5 once per"
                        + " attempt (" + (RETRIES + 1) + " times with retries " + RETRIES + ")");
            }
            if (!call.action().equals("LogStatusNotification")) {
                continue; // not judged here (heartbeats, the security events of the attempts)
            }
            String status = Checks.logStatus(
                    call,
                    126,
                    "TC_N_26 step 5",
                    "Uploading",
                    "UploadFailure",
                    "BadMessage",
                    "PermissionDenied",
                    "NotSupportedOperation");
            if (!status.equals("Uploading")) {
                failures.add(call);
            }
        }
        for (int i = 1; i < failures.size(); i++) {
            Duration gap = Duration.between(
                    failures.get(i - 1).receivedAt(), failures.get(i).receivedAt());
            CaseFailure.check(
                    gap.compareTo(interval.minus(JITTER)) >= 0,
                    "ER §6.1.29 (TC_N_26): failure statuses " + i + " and " + (i + 1) + " came " + gap.toMillis()
                            + " ms apart, expected retryInterval (" + RETRY_INTERVAL + " s) in between");
        }
        IncomingCall last = failures.get(failures.size() - 1);
        Duration took = Duration.between(first.receivedAt(), last.receivedAt());
        CaseFailure.check(
                took.compareTo(expected.minus(JITTER)) >= 0,
                "ER §6.1.29 (TC_N_26): the failure came "
                        + took.toMillis() + " ms after Uploading, before retries x retryInterval ("
                        + expected.toSeconds()
                        + " s): not every retry was made");
        CaseFailure.check(
                took.compareTo(expected.plus(TOLERANCE).plus(CaseContext.STEP)) <= 0,
                "ER §6.1.29 (TC_N_26): the failure came " + took.toSeconds() + " s after Uploading, expected about "
                        + expected.toSeconds() + " s");
        CaseFailure.check(
                context.uploads().requests() >= RETRIES + 1,
                "ER §6.1.29 (TC_N_26): " + context.uploads().requests()
                        + " upload attempts reached the log server, expected " + (RETRIES + 1));
    }
}
