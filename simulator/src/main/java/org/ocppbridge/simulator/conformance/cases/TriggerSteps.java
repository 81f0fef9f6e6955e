package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.Requests;

/** TriggerMessage steps of the F06 cases: the response first, then the triggered message (F06.FR.04). */
final class TriggerSteps {

    private TriggerSteps() {}

    /** Sends TriggerMessage and checks its status. */
    static void trigger(CaseContext context, String requestedMessage, Integer evseId, String expected, String rule) {
        String status = context.callStatus("TriggerMessage", Requests.trigger(requestedMessage, evseId), rule);
        CaseFailure.check(
                expected.equals(status),
                rule + ": TriggerMessageResponse " + status + " for " + requestedMessage + ", expected " + expected);
    }

    /** The triggered notification with {@code status}; its requestId is not judged. */
    static IncomingCall triggered(CaseContext context, String action, String status, String rule) {
        IncomingCall call = context.next(CaseContext.STEP, rule + ": the triggered " + action);
        CaseFailure.check(
                Checks.isStatus(call, action, status),
                rule + ": expected " + action + " " + status + ", got " + Checks.describe(call));
        return call;
    }
}
