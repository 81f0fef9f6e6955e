package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_03_CS: BootNotification answered Rejected (interval 3 s): the station sends nothing else, repeats the
 * BootNotification after at least the interval (B03.FR.06), and after Accepted reaches Booted.
 */
public final class TC_B_03_CS implements ConformanceCase {

    private static final int INTERVAL = 3;

    @Override
    public String id() {
        return "TC_B_03_CS";
    }

    @Override
    public String title() {
        return "Cold boot - Rejected";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public boolean startsBooted() {
        return false;
    }

    @Override
    public void prepare(CaseContext context) {
        context.answerNextBoot("Rejected", INTERVAL);
    }

    @Override
    public void run(CaseContext context) {
        IncomingCall first = context.firstBootNotification("B03 (TC_B_03 step 1)");
        IncomingCall second = context.nextAny(Duration.ofSeconds(INTERVAL).plus(CaseContext.STEP));
        CaseFailure.check(second != null, "B03.FR.06: no BootNotification repeated after the Rejected interval");
        Checks.action(
                second,
                "BootNotification",
                "B03.FR.04 (TC_B_03 note): no other OCPP message while the boot is Rejected");
        Duration waited = Duration.between(first.receivedAt(), second.receivedAt());
        CaseFailure.check(
                waited.compareTo(Duration.ofSeconds(INTERVAL)) >= 0,
                "B03.FR.06: BootNotification repeated " + waited.toMillis()
                        + " ms after Rejected, before the interval of " + INTERVAL + " s");
        context.await(
                call -> Checks.isSecurityEvent(call, java.util.Set.of("StartupOfTheDevice", "ResetOrReboot")),
                CaseContext.STEP,
                "Booted (P6 §2.18 step 4): SecurityEventNotification StartupOfTheDevice or" + " ResetOrReboot");
    }
}
