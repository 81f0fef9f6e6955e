package org.ocppbridge.simulator.conformance.cases;

import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * ER 2023-12 TC_L_06_CS: a real signature of other bytes → Downloading, Downloaded, InvalidSignature and
 * SecurityEventNotification InvalidFirmwareSignature (either order), and no install.
 */
public final class TC_L_06_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_06_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - InvalidSignature";
    }

    @Override
    public void run(CaseContext context) {
        String answer = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        106,
                        context.firmwareLocation(),
                        FirmwareSteps.twoHoursAgo(),
                        FirmwareSteps.twoHoursAgo(),
                        context.firmware().signer().certificatePem(),
                        context.firmware().wrongSignature()),
                "L01");
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.status(context, 106, "L01.FR.01 (step 3)", "Downloading");
        FirmwareSteps.status(context, 106, "L01.FR.01 (step 5)", "Downloaded");
        boolean statusSeen = false;
        boolean eventSeen = false;
        while (!statusSeen || !eventSeen) {
            IncomingCall call = context.next(
                    CaseContext.STEP,
                    "L01.FR.03: InvalidSignature and SecurityEventNotification InvalidFirmwareSignature");
            if (Checks.isSecurityEvent(call, Set.of("InvalidFirmwareSignature"))) {
                eventSeen = true;
            } else {
                Checks.firmwareStatus(call, 106, "L01.FR.03", "InvalidSignature");
                statusSeen = true;
            }
        }
        context.assertNoneBeforeHeartbeat(
                c -> c.action().equals(FirmwareSteps.FSN) || c.action().equals("BootNotification"),
                "L01.FR.03: the station went on after InvalidSignature");
    }
}
