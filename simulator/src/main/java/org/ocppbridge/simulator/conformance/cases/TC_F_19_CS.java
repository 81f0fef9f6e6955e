package org.ocppbridge.simulator.conformance.cases;

import java.util.concurrent.TimeUnit;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/**
 * P6 TC_F_19_CS: during a download (held by the file server) the trigger answers FirmwareStatusNotification
 * Downloading with the update's requestId (L01.FR.26); then the update runs to its end.
 */
public final class TC_F_19_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_19_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage FirmwareStatusNotification - Downloading";
    }

    @Override
    public void run(CaseContext context) throws InterruptedException {
        int before = context.openConnectionNumber();
        context.firmwareServer().mode(FirmwareFileServer.Mode.SLOW);
        String answer = FirmwareSteps.update(context, 119, FirmwareSteps.twoHoursAgo(), null);
        CaseFailure.check(
                answer.equals("Accepted"),
                "L01 (TC_F_19 step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.status(context, 119, "TC_F_19 step 3", "Downloading");
        CaseFailure.check(
                context.firmwareServer().awaitSlowStarted(CaseContext.STEP.toSeconds(), TimeUnit.SECONDS),
                "TC_F_19: Downloading reported but no download reached the file server");
        TriggerSteps.trigger(context, "FirmwareStatusNotification", null, "Accepted", "F06.FR.04 (TC_F_19)");
        IncomingCall triggered = context.next(CaseContext.STEP, "L01.FR.26 (TC_F_19 step 7)");
        Checks.firmwareStatus(triggered, 119, "L01.FR.26 (TC_F_19 step 7)", "Downloading");
        context.firmwareServer().release();
        FirmwareSteps.status(context, 119, "L01.FR.01", "Downloaded");
        FirmwareSteps.status(context, 119, "L01.FR.01", "SignatureVerified");
        FirmwareSteps.installToTheEnd(context, 119, before);
    }
}
