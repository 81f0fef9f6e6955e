package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_B_01_CS: a cold boot, Accepted: BootNotification, then SecurityEventNotification StartupOfTheDevice or
 * ResetOrReboot (connector states do not apply to a station without EVSEs). Every frame is checked against
 * its schema and the boot rules by the simulator.
 */
public final class TC_B_01_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_B_01_CS";
    }

    @Override
    public String title() {
        return "Cold boot - Accepted";
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
    public void run(CaseContext context) {
        context.booted(CaseContext.REBOOT);
    }
}
