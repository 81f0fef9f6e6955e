package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/** ER 2023-12 TC_L_07_CS: a location that does not exist → (Downloading) → DownloadFailed. */
public final class TC_L_07_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_07_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - DownloadFailed";
    }

    @Override
    public void run(CaseContext context) {
        String answer = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        107,
                        context.firmwareLocation() + "_does_not_exist",
                        FirmwareSteps.twoHoursAgo(),
                        FirmwareSteps.twoHoursAgo(),
                        context.firmware().signer().certificatePem(),
                        context.firmware().signature()),
                "L01");
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        // The request names no retries; a station may still retry by its own default before it gives up.
        IncomingCall call = context.next(CaseContext.REBOOT, "L01 (TC_L_07): Downloading or DownloadFailed");
        String status = Checks.firmwareStatus(call, 107, "L01 (TC_L_07)", "Downloading", "DownloadFailed");
        if (status.equals("Downloading")) {
            call = context.next(CaseContext.REBOOT, "L01 (TC_L_07): DownloadFailed");
            Checks.firmwareStatus(call, 107, "L01 (TC_L_07)", "DownloadFailed");
        }
    }
}
