package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.time.Instant;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** ER 2023-12 TC_L_03_CS: retrieveDateTime in the future → DownloadScheduled, download only at that time. */
public final class TC_L_03_CS implements ConformanceCase {

    static final Duration DOWNLOAD_OFFSET = Duration.ofSeconds(6);

    @Override
    public String id() {
        return "TC_L_03_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - DownloadScheduled";
    }

    @Override
    public void run(CaseContext context) {
        int before = context.openConnectionNumber();
        Instant retrieve = Instant.now().plus(DOWNLOAD_OFFSET);
        String answer = FirmwareSteps.update(context, 103, retrieve, FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.status(context, 103, "L01 (TC_L_03 step 3)", "DownloadScheduled");
        IncomingCall downloading =
                context.next(DOWNLOAD_OFFSET.plus(CaseContext.STEP), "L01 (TC_L_03): Downloading at retrieveDateTime");
        Checks.firmwareStatus(downloading, 103, "L01 (TC_L_03)", "Downloading");
        CaseFailure.check(
                !downloading.receivedAt().isBefore(retrieve.minus(TC_L_02_CS.TOLERANCE)),
                "L01 (TC_L_03): Downloading began before retrieveDateTime");
        FirmwareSteps.status(context, 103, "L01.FR.01", "Downloaded");
        FirmwareSteps.status(context, 103, "L01.FR.01", "SignatureVerified");
        FirmwareSteps.installToTheEnd(context, 103, before);
    }
}
