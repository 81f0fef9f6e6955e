package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_12_CS (M03.FR.01/03/04): with a CSMSRootCertificate installed, GetInstalledCertificateIds
 * CSMSRootCertificate lists its hash data. Adapted: the memory state installs a root the simulator makes.
 */
public final class TC_M_12_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_12_CS";
    }

    @Override
    public String title() {
        return "Retrieve certificates from Charging Station - CSMSRootCertificate";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_12 CSMS Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", root, "M05 (TC_M_12 memory state)");
        CertificateSteps.getInstalledCertificates(context, "CSMSRootCertificate", root, "M03.FR.03 (TC_M_12 step 1)");
    }
}
