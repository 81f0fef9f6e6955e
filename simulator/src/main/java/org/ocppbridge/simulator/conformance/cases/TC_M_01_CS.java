package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_01_CS (M05.FR.01/02): InstallCertificate of a valid CSMSRootCertificate → Accepted, then
 * GetInstalledCertificateIds CSMSRootCertificate lists it with the hash data the simulator computes. Adapted: run
 * over ws:// (the 2023-12 errata limits the official case to profiles 2/3; the messages are the same), and the root
 * is one the simulator makes, so no built-in clean-up step is needed.
 */
public final class TC_M_01_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_01_CS";
    }

    @Override
    public String title() {
        return "Install CA certificate - CSMSRootCertificate";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_01 CSMS Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", root, "M05 (TC_M_01 step 1)");
        CertificateSteps.getInstalledCertificates(context, "CSMSRootCertificate", root, "M03 (TC_M_01 step 2)");
    }
}
