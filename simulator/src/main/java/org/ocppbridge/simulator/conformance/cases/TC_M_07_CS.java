package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_07_CS (M05.FR.01/07): InstallCertificate CSMSRootCertificate of an expired certificate →
 * Rejected; GetInstalledCertificateIds CSMSRootCertificate → Accepted without it. Adapted: the OCTT's station has a
 * configured CSMS root, so its list is Accepted; here a valid root is installed first to the same end, and must be
 * listed beside the missing expired one.
 */
public final class TC_M_07_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_07_CS";
    }

    @Override
    public String title() {
        return "Install CA certificate - Rejected - Certificate invalid";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate valid = CertificateAuthority.freshRoot("TC_M_07 valid CSMS Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", valid, "M05 (TC_M_07 preparation)");
        X509Certificate expired = CertificateAuthority.expiredRoot("TC_M_07 expired CSMS Root");
        String status = CertificateSteps.install(context, "CSMSRootCertificate", expired, "M05.FR.07 (TC_M_07 step 2)");
        CaseFailure.check(
                "Rejected".equals(status),
                "M05.FR.07 (TC_M_07 step 2): InstallCertificateResponse " + status
                        + " for an expired certificate, expected Rejected");
        var list = CertificateSteps.installed(context, "M03 (TC_M_07 step 4)", "CSMSRootCertificate");
        CertificateSteps.accepted(list, "M03 (TC_M_07 step 4)");
        CertificateSteps.notListed(list, expired, "M05.FR.07 (TC_M_07 step 4)");
        CertificateSteps.listed(list, "CSMSRootCertificate", valid, "M03 (TC_M_07 step 4)");
    }
}
