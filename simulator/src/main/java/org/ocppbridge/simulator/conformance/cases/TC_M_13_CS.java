package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_13_CS (M03.FR.01/03/04): with a ManufacturerRootCertificate installed, GetInstalledCertificateIds
 * ManufacturerRootCertificate lists its hash data. Adapted as TC_M_12_CS.
 */
public final class TC_M_13_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_13_CS";
    }

    @Override
    public String title() {
        return "Retrieve certificates from Charging Station - ManufacturerRootCertificate";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate root = CertificateAuthority.freshRoot("TC_M_13 Manufacturer Root");
        CertificateSteps.certificateInstalled(
                context, "ManufacturerRootCertificate", root, "M05 (TC_M_13 memory state)");
        CertificateSteps.getInstalledCertificates(
                context, "ManufacturerRootCertificate", root, "M03.FR.03 (TC_M_13 step 1)");
    }
}
