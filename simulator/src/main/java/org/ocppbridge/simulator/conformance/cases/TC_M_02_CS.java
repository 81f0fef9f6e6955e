package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_02_CS (M05.FR.01/02): InstallCertificate of a valid ManufacturerRootCertificate → Accepted, then
 * GetInstalledCertificateIds ManufacturerRootCertificate lists it. Adapted: run over ws:// (see TC_M_01_CS).
 */
public final class TC_M_02_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_02_CS";
    }

    @Override
    public String title() {
        return "Install CA certificate - ManufacturerRootCertificate";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_02 Manufacturer Root");
        CertificateSteps.certificateInstalled(context, "ManufacturerRootCertificate", root, "M05 (TC_M_02 step 1)");
        CertificateSteps.getInstalledCertificates(context, "ManufacturerRootCertificate", root, "M03 (TC_M_02 step 2)");
    }
}
