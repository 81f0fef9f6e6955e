package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;
import org.ocppbridge.simulator.files.UploadReceiver;

/**
 * P6 TC_B_22_CS, adapted to a station without transactions: during a log upload (held by the log server),
 * Reset Immediate → Accepted, a reboot at once and BootNotification RemoteReset. The TransactionEvent Ended of
 * the official case has no counterpart.
 */
public final class TC_B_22_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_22_CS";
    }

    @Override
    public String title() {
        return "Reset - Immediate while busy (an upload stands in for the transaction)";
    }

    @Override
    public void run(CaseContext context) {
        context.uploads().mode(UploadReceiver.Mode.SLOW);
        LogSteps.getLog(context, 122, "DiagnosticsLog", null, null, "Accepted", "N01 (TC_B_22 preparation)");
        LogSteps.status(context, 122, "TC_B_22 preparation", "Uploading");
        LogSteps.awaitHolding(context, "TC_B_22 preparation");
        int before = context.openConnectionNumber();
        String status = context.callStatus("Reset", Requests.reset("Immediate", null), "B12.FR.05");
        CaseFailure.check(
                status.equals("Accepted"),
                "B12.FR.05 (TC_B_22 step 2): ResetResponse " + status + ", expected Accepted");
        IncomingCall boot = ResetSteps.rebooted(context, before, "TC_B_22 step 5");
        Checks.bootReason(boot, "RemoteReset", "TC_B_22 step 5");
    }
}
