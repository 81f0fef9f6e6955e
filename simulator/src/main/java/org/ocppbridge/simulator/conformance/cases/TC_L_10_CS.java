package org.ocppbridge.simulator.conformance.cases;

import java.util.concurrent.TimeUnit;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.files.FirmwareFileServer;

/**
 * ER 2023-12 TC_L_10_CS: a second update while the first downloads → AcceptedCanceled, and from then on every
 * status carries the second requestId (L01.FR.24). The file server holds the first download.
 */
public final class TC_L_10_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_10_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - AcceptedCanceled";
    }

    @Override
    public void run(CaseContext context) throws InterruptedException {
        int before = context.openConnectionNumber();
        context.firmwareServer().mode(FirmwareFileServer.Mode.SLOW);
        String first = FirmwareSteps.update(context, 110, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                first.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + first + ", expected Accepted");
        FirmwareSteps.status(context, 110, "L01.FR.01 (step 3)", "Downloading");
        CaseFailure.check(
                context.firmwareServer().awaitSlowStarted(CaseContext.STEP.toSeconds(), TimeUnit.SECONDS),
                "L01 (TC_L_10): Downloading reported but no download reached the file server");
        String second = FirmwareSteps.update(context, 111, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                second.equals("AcceptedCanceled"),
                "L01.FR.24: UpdateFirmwareResponse " + second
                        + " for a second update during a download, expected AcceptedCanceled");
        context.firmwareServer().release();
        FirmwareSteps.downloadAndVerify(context, 111);
        FirmwareSteps.installToTheEnd(context, 111, before);
    }
}
