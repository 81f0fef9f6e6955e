package org.ocppbridge.simulator.conformance.cases;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * P6 TC_B_02_CS: BootNotification answered Pending. While Pending the CSMS sets and reads OfflineThreshold, asks for
 * a FullInventory base report, asks for a remote start (Rejected: B02.FR.06) and triggers a BootNotification; the
 * station sends nothing it was not asked for (B02.FR.02). A triggered boot comes at once with reason Triggered
 * (F06.FR.17); a station that does not implement the trigger boots again after the interval instead.
 */
public final class TC_B_02_CS implements ConformanceCase {

    private static final int INTERVAL = 10;

    @Override
    public String id() {
        return "TC_B_02_CS";
    }

    @Override
    public String title() {
        return "Cold boot - Pending";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public boolean startsBooted() {
        return false;
    }

    @Override
    public void prepare(CaseContext context) {
        context.answerNextBoot("Pending", INTERVAL);
    }

    @Override
    public void run(CaseContext context) {
        IncomingCall first = context.firstBootNotification("B02 (TC_B_02 step 1)");

        JsonObject set = VariableSteps.set(context, "OCPPCommCtrlr", "OfflineThreshold", "300", "B02.FR.05");
        CaseFailure.check(
                VariableSteps.status(set).equals("Accepted"),
                "B02.FR.05: SetVariables while Pending answered " + VariableSteps.status(set) + ", expected Accepted");
        JsonObject get = VariableSteps.get(context, "OCPPCommCtrlr", "OfflineThreshold", "B02.FR.05");
        CaseFailure.check(
                VariableSteps.status(get).equals("Accepted"),
                "B02.FR.05: GetVariables while Pending answered " + VariableSteps.status(get) + ", expected Accepted");
        ReportSteps.baseReport(context, "FullInventory", 201);

        JsonObject idToken = new JsonObject();
        idToken.addProperty("idToken", "TC-B-02");
        idToken.addProperty("type", "Central");
        JsonObject start = new JsonObject();
        start.add("idToken", idToken);
        start.addProperty("remoteStartId", 202);
        String started = context.callStatus("RequestStartTransaction", start, "B02.FR.06");
        CaseFailure.check(
                started.equals("Rejected"),
                "B02.FR.06: RequestStartTransaction while Pending answered " + started + ", expected Rejected");

        String trigger = context.callStatus("TriggerMessage", Requests.trigger("BootNotification", null), "F06.FR.17");
        CaseFailure.check(
                trigger.equals("Accepted") || trigger.equals("NotImplemented"),
                "F06.FR.17: TriggerMessage BootNotification while Pending answered " + trigger);
        Duration wait = trigger.equals("Accepted")
                ? CaseContext.STEP
                : Duration.ofSeconds(INTERVAL).plus(CaseContext.STEP);
        IncomingCall second;
        do {
            second = context.nextAny(wait);
            CaseFailure.check(second != null, "B02.FR.01: no second BootNotification within " + wait);
        } while (second.action().equals("NotifyReport"));
        Checks.action(second, "BootNotification", "B02.FR.02: only what the CSMS asked for while Pending");
        if (trigger.equals("Accepted")) {
            Checks.bootReason(second, "Triggered", "F06.FR.17");
        }
        context.await(
                call -> Checks.isSecurityEvent(call, Set.of("StartupOfTheDevice", "ResetOrReboot")),
                CaseContext.STEP,
                "Booted (P6 §2.18 step 4): SecurityEventNotification StartupOfTheDevice or ResetOrReboot");
    }
}
