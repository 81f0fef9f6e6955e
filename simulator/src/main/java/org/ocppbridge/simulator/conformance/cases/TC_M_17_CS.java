package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_17_CS (M03.FR.01/03/04): with one root of each type installed, GetInstalledCertificateIds of
 * both types lists both, each under its own type (order free). Adapted as TC_M_12_CS.
 */
public final class TC_M_17_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_17_CS";
    }

    @Override
    public String title() {
        return "Retrieve certificates from Charging Station - CSMSRootCertificate & ManufacturerRootCertificate";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate csms = CertificateAuthority.freshRoot("TC_M_17 CSMS Root");
        X509Certificate maker = CertificateAuthority.freshRoot("TC_M_17 Manufacturer Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", csms, "M05 (TC_M_17 memory state)");
        CertificateSteps.certificateInstalled(
                context, "ManufacturerRootCertificate", maker, "M05 (TC_M_17 memory state)");
        var list = CertificateSteps.installed(
                context, "M03 (TC_M_17 step 1)", "CSMSRootCertificate", "ManufacturerRootCertificate");
        CertificateSteps.accepted(list, "M03 (TC_M_17 step 1)");
        CertificateSteps.listed(list, "CSMSRootCertificate", csms, "M03.FR.03 (TC_M_17 step 1)");
        CertificateSteps.listed(list, "ManufacturerRootCertificate", maker, "M03.FR.03 (TC_M_17 step 1)");
    }
}
