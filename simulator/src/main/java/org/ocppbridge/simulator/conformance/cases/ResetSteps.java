package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;

/** The reboot after a reset: a BootNotification on a new connection, then the rest of reusable state Booted. */
final class ResetSteps {

    private ResetSteps() {}

    /** Waits for the BootNotification of the reboot (skipping what comes before it) and the boot's event. */
    static IncomingCall rebooted(CaseContext context, int connectionBefore, String rule) {
        IncomingCall boot = context.await(
                call -> call.action().equals("BootNotification"),
                CaseContext.REBOOT,
                rule + ": BootNotification after the reset");
        CaseFailure.check(
                context.connectionNumber() > connectionBefore,
                rule + ": BootNotification without a reboot (same connection)");
        context.await(
                call -> Checks.isSecurityEvent(call, java.util.Set.of("StartupOfTheDevice", "ResetOrReboot")),
                CaseContext.STEP,
                "Booted (P6 §2.18 step 4): SecurityEventNotification StartupOfTheDevice or" + " ResetOrReboot");
        return boot;
    }
}
