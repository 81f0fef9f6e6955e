package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_20_CS (M04.FR.01/02): the CSMSRootCertificate GetInstalledCertificateIds returns is deleted
 * with the certificateHashData the station returned → Accepted, and is no longer listed. The memory state's
 * CertificateInstalled runs when the first list returns no CSMS root (always, on a fresh station).
 */
public final class TC_M_20_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_20_CS";
    }

    @Override
    public String title() {
        return "Delete a certificate from a Charging Station - Success";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        String step = "M03 (TC_M_20 step 1)";
        var first = CertificateSteps.installed(context, step, "CSMSRootCertificate");
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_20 CSMS Root");
        if (!first.has("certificateHashDataChain")) {
            CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", root, "M05 (TC_M_20 memory state)");
        }
        var list = CertificateSteps.installed(context, step, "CSMSRootCertificate");
        CertificateSteps.accepted(list, step);
        var entry = list.getAsJsonArray("certificateHashDataChain").get(0).getAsJsonObject();
        var hash = entry.getAsJsonObject("certificateHashData");
        String status = CertificateSteps.delete(context, hash, "M04.FR.01 (TC_M_20 step 3)");
        CaseFailure.check(
                "Accepted".equals(status),
                "M04.FR.02 (TC_M_20 step 3): DeleteCertificateResponse " + status + ", expected Accepted");
        var after = CertificateSteps.installed(context, "M03 (TC_M_20 step 4)", "CSMSRootCertificate");
        CaseFailure.check(
                CertificateSteps.entry(after, hash) == null,
                "M04.FR.02 (TC_M_20 step 4): the deleted certificate is still listed");
    }
}
