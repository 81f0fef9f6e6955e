package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.time.Instant;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** ER 2023-12 TC_L_02_CS: installDateTime in the future → InstallScheduled, install only at that time. */
public final class TC_L_02_CS implements ConformanceCase {

    static final Duration INSTALL_OFFSET = Duration.ofSeconds(6);
    /** P6 §2.1: the labs allow 4 s deviation on times. */
    static final Duration TOLERANCE = Duration.ofSeconds(4);

    @Override
    public String id() {
        return "TC_L_02_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - InstallScheduled";
    }

    @Override
    public void run(CaseContext context) {
        int before = context.openConnectionNumber();
        Instant install = Instant.now().plus(INSTALL_OFFSET);
        String answer = FirmwareSteps.update(context, 102, FirmwareSteps.twoHoursAgo(), install);
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.downloadAndVerify(context, 102);
        FirmwareSteps.status(context, 102, "L01.FR.16", "InstallScheduled");
        IncomingCall next =
                context.next(INSTALL_OFFSET.plus(CaseContext.STEP), "L01.FR.16: installation at installDateTime");
        CaseFailure.check(
                !next.receivedAt().isBefore(install.minus(TOLERANCE)),
                "L01.FR.16: installation began before installDateTime");
        FirmwareSteps.installFrom(context, next, 102, before);
    }
}
