package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_M_18_CS (M03.FR.01/03/04): with one root of each type installed, GetInstalledCertificateIds
 * without certificateType lists both, each under its own type (order free). Adapted as TC_M_12_CS.
 */
public final class TC_M_18_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_18_CS";
    }

    @Override
    public String title() {
        return "Retrieve certificates from Charging Station - All certificateTypes";
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate csms = CertificateAuthority.freshRoot("TC_M_18 CSMS Root");
        X509Certificate maker = CertificateAuthority.freshRoot("TC_M_18 Manufacturer Root");
        CertificateSteps.certificateInstalled(context, "CSMSRootCertificate", csms, "M05 (TC_M_18 memory state)");
        CertificateSteps.certificateInstalled(
                context, "ManufacturerRootCertificate", maker, "M05 (TC_M_18 memory state)");
        var list = CertificateSteps.installed(context, "M03 (TC_M_18 step 1)");
        CertificateSteps.accepted(list, "M03 (TC_M_18 step 2)");
        CertificateSteps.listed(list, "CSMSRootCertificate", csms, "M03.FR.01 (TC_M_18 step 2)");
        CertificateSteps.listed(list, "ManufacturerRootCertificate", maker, "M03.FR.01 (TC_M_18 step 2)");
    }
}
