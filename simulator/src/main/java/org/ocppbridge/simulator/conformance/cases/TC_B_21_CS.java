package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * P6 TC_B_21_CS, adapted to a station without transactions: a log upload held by the log server stands in for
 * the transaction. Reset OnIdle → Scheduled, no reboot until the upload ends, then BootNotification
 * ScheduledReset and the boot's security event. A station that counts only transactions as "not idle" may answer
 * Accepted and reboot at once; that passes too.
 */
public final class TC_B_21_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_21_CS";
    }

    @Override
    public String title() {
        return "Reset - OnIdle while busy (an upload stands in for the transaction)";
    }

    @Override
    public void run(CaseContext context) {
        context.uploads().mode(UploadReceiver.Mode.SLOW);
        LogSteps.getLog(context, 121, "DiagnosticsLog", null, null, "Accepted", "N01 (TC_B_21 preparation)");
        LogSteps.status(context, 121, "TC_B_21 preparation", "Uploading");
        LogSteps.awaitHolding(context, "TC_B_21 preparation");
        int before = context.openConnectionNumber();
        String status = context.callStatus("Reset", Requests.reset("OnIdle", null), "B12.FR.01");
        CaseFailure.check(
                status.equals("Scheduled") || status.equals("Accepted"),
                "B12.FR.01 (TC_B_21 step 2):" + " ResetResponse " + status + ", expected Scheduled (or Accepted)");
        if (status.equals("Accepted")) {
            ResetSteps.rebooted(context, before, "B11.FR.03 (TC_B_21)");
            return;
        }
        context.assertNoneBeforeHeartbeat(
                call -> call.action().equals("BootNotification"),
                "B12.FR.01: the station rebooted while busy after answering Scheduled");
        context.uploads().release();
        IncomingCall ended = context.await(
                call -> call.action().equals("LogStatusNotification")
                        || call.action().equals("BootNotification"),
                CaseContext.STEP,
                "TC_B_21: the upload ends");
        CaseFailure.check(
                ended.action().equals("LogStatusNotification"),
                "B12.FR.01: the station rebooted before its work ended after answering Scheduled");
        IncomingCall boot = ResetSteps.rebooted(context, before, "B12.FR.02 (TC_B_21 step 6)");
        Checks.bootReason(boot, "ScheduledReset", "TC_B_21 step 6");
    }
}
