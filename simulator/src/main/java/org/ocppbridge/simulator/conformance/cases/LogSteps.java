package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.ocppbridge.simulator.CallOutcome;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.Requests;

/** The steps the N cases (and the adapted reset cases) share. */
final class LogSteps {

    private LogSteps() {}

    /** GetLog; checks the answer is {@code expected} and, when accepted, that it names a file (TC_N_25 step 2). */
    static void getLog(
            CaseContext context,
            int requestId,
            String logType,
            Integer retries,
            Integer retryInterval,
            String expected,
            String rule) {
        CallOutcome outcome = context.call(
                "GetLog", Requests.getLog(requestId, logType, context.logLocation(), retries, retryInterval));
        if (outcome instanceof CallOutcome.Error error) {
            throw new CaseFailure(rule + ": GetLog answered with CALLERROR " + error.code());
        }
        JsonObject payload = outcome.payload();
        String status = Checks.string(payload, "status");
        CaseFailure.check(expected.equals(status), rule + ": GetLogResponse " + status + ", expected " + expected);
        String filename = Checks.string(payload, "filename");
        CaseFailure.check(
                filename != null && !filename.isEmpty(),
                "N01 (TC_N_25 step 2): GetLogResponse " + status + " without a filename");
    }

    static IncomingCall status(CaseContext context, int requestId, String step, String... statuses) {
        IncomingCall call = context.next(CaseContext.STEP, step);
        Checks.logStatus(call, requestId, step, statuses);
        return call;
    }

    /** A successful upload: Uploading, Uploaded, and a file arrived at the log server. */
    static void uploadSucceeds(CaseContext context, int requestId, String logType, String testCase) {
        getLog(context, requestId, logType, null, null, "Accepted", "N01 (" + testCase + " step 2)");
        status(context, requestId, testCase + " step 3", "Uploading");
        status(context, requestId, testCase + " step 5", "Uploaded");
        awaitUpload(context, testCase);
    }

    static void awaitUpload(CaseContext context, String testCase) {
        try {
            context.uploads().awaitUpload(Duration.ofSeconds(2));
        } catch (TimeoutException e) {
            throw new CaseFailure(testCase + ": Uploaded reported but no file reached the log server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseFailure("interrupted");
        }
    }

    static void awaitHolding(CaseContext context, String rule) {
        try {
            context.uploads().awaitHolding(CaseContext.STEP);
        } catch (TimeoutException e) {
            throw new CaseFailure(rule + ": Uploading reported but no upload reached the log server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseFailure("interrupted");
        }
    }
}
