package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;
import org.ocppbridge.simulator.pki.CertificateHashData;

/**
 * P6 TC_M_22_CS (M04.FR.01/04): DeleteCertificate of hash data no installed certificate has → NotFound.
 * Adapted: step 1 (GetInstalledCertificates CSMSRootCertificate) needs an installed CSMS root to be Accepted, so
 * one is installed first; the unknown hash data is that of a root the simulator made and never installed.
 */
public final class TC_M_22_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_22_CS";
    }

    @Override
    public String title() {
        return "Delete a certificate from a Charging Station - No matching certificate found";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_22 CSMS Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", root, "M05 (TC_M_22 preparation)");
        CertificateSteps.getInstalledCertificates(context, "CSMSRootCertificate", root, "M03 (TC_M_22 step 1)");
        X509Certificate unknown = CertificateAuthority.freshRoot("TC_M_22 never installed");
        String status =
                CertificateSteps.delete(context, CertificateHashData.ofRoot(unknown), "M04.FR.01 (TC_M_22 step 2)");
        CaseFailure.check(
                "NotFound".equals(status),
                "M04.FR.04 (TC_M_22 step 3): DeleteCertificateResponse " + status + ", expected NotFound");
    }
}
