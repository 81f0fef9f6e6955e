package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * P6 + ER §6.1.29 TC_N_26_CS: the log server refuses (403); with retries=3 the station tries four times,
 * retryInterval apart, then reports UploadFailure, BadMessage, PermissionDenied or NotSupportedOperation, about
 * 3 × retryInterval after the first Uploading. A repeated Uploading per retry is allowed (N01.FR.10).
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
        Duration expected = Duration.ofSeconds((long) RETRIES * RETRY_INTERVAL);
        IncomingCall last;
        while (true) {
            last = context.next(expected.plus(CaseContext.STEP), "N01.FR.10 (TC_N_26): the failure status");
            String status = Checks.logStatus(
                    last,
                    126,
                    "TC_N_26 step 5",
                    "Uploading",
                    "UploadFailure",
                    "BadMessage",
                    "PermissionDenied",
                    "NotSupportedOperation");
            if (!status.equals("Uploading")) {
                break;
            }
        }
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
