package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * L01.FR.26 across a reboot (the rule TC_F_18/F_19 apply, checked where they do not look): an update ends
 * DownloadFailed (as in TC_L_07); a triggered FirmwareStatusNotification repeats DownloadFailed with the update's
 * requestId; after Reset Immediate and the reboot, a trigger still answers DownloadFailed with that requestId,
 * not Idle (Idle without requestId only when nothing was sent or after Installed, L01.FR.25).
 */
public final class L01FR26_after_a_reboot implements ConformanceCase {

    private static final int REQUEST_ID = 126;

    @Override
    public String id() {
        return "L01_FR_26_after_a_reboot";
    }

    @Override
    public String title() {
        return "TriggerMessage FirmwareStatusNotification after DownloadFailed and a reboot → DownloadFailed with"
                + " its requestId (L01.FR.26)";
    }

    @Override
    public void run(CaseContext context) {
        String answer = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        REQUEST_ID,
                        context.firmwareLocation() + "_does_not_exist",
                        FirmwareSteps.twoHoursAgo(),
                        FirmwareSteps.twoHoursAgo(),
                        context.firmware().signer().certificatePem(),
                        context.firmware().signature()),
                "L01");
        CaseFailure.check(answer.equals("Accepted"), "L01: UpdateFirmwareResponse " + answer + ", expected Accepted");
        context.await(
                call -> Checks.isStatus(call, FirmwareSteps.FSN, "DownloadFailed"),
                CaseContext.REBOOT,
                "L01 (as TC_L_07): DownloadFailed");
        triggeredDownloadFailed(context, "L01.FR.26");

        int before = context.openConnectionNumber();
        String reset = context.callStatus("Reset", Requests.reset("Immediate", null), "B11.FR.01");
        CaseFailure.check(reset.equals("Accepted"), "B11.FR.01: ResetResponse " + reset + ", expected Accepted");
        ResetSteps.rebooted(context, before, "B11 (the reboot)");
        triggeredDownloadFailed(context, "L01.FR.26 (after a reboot)");
    }

    private static void triggeredDownloadFailed(CaseContext context, String rule) {
        TriggerSteps.trigger(context, FirmwareSteps.FSN, null, "Accepted", "F06.FR.16 (" + rule + ")");
        IncomingCall call = context.next(CaseContext.STEP, rule + ": the triggered " + FirmwareSteps.FSN);
        CaseFailure.check(
                Checks.isStatus(call, FirmwareSteps.FSN, "DownloadFailed"),
                rule + ": expected " + FirmwareSteps.FSN + " DownloadFailed (requestId " + REQUEST_ID
                        + "), the last status sent, got " + Checks.describe(call));
        Checks.firmwareStatus(call, REQUEST_ID, rule, "DownloadFailed");
    }
}
