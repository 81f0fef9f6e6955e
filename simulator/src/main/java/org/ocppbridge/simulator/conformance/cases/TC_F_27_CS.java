package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/** P6 TC_F_27_CS: a message the station does not implement (SignCombinedCertificate) → NotImplemented (F06.FR.08). */
public final class TC_F_27_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_F_27_CS";
    }

    @Override
    public String title() {
        return "TriggerMessage - NotImplemented";
    }

    @Override
    public void run(CaseContext context) {
        TriggerSteps.trigger(context, "SignCombinedCertificate", null, "NotImplemented", "F06.FR.08");
    }
}
