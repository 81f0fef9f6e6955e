package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** ER 2023-12 TC_L_01_CS: secure update, installation successful; both install paths (a)/(b) pass. */
public final class TC_L_01_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_01_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - installation successful";
    }

    @Override
    public void run(CaseContext context) {
        int before = context.openConnectionNumber();
        String answer = FirmwareSteps.update(context, 101, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.downloadAndVerify(context, 101);
        FirmwareSteps.installToTheEnd(context, 101, before);
    }
}
