package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_M_19_CS (M03.FR.01/02): GetInstalledCertificateIds MORootCertificate on a station without one →
 * NotFound, certificateHashDataChain omitted.
 */
public final class TC_M_19_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_19_CS";
    }

    @Override
    public String title() {
        return "Retrieve certificates from Charging Station - No matching certificate found";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        var list = CertificateSteps.installed(context, "M03.FR.02 (TC_M_19 step 1)", "MORootCertificate");
        String status = org.ocppbridge.simulator.conformance.Checks.string(list, "status");
        CaseFailure.check(
                "NotFound".equals(status),
                "M03.FR.02 (TC_M_19 step 2): GetInstalledCertificateIdsResponse " + status + ", expected NotFound");
        CaseFailure.check(
                !list.has("certificateHashDataChain"),
                "M03.FR.02 (TC_M_19 step 2): certificateHashDataChain must be omitted with NotFound");
    }
}
