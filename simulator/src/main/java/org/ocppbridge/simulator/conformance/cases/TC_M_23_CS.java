package org.ocppbridge.simulator.conformance.cases;

import java.security.cert.X509Certificate;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateHashData;

/**
 * P6 TC_M_23_CS (M04.FR.01/06): after RenewChargingStationCertificate, DeleteCertificate with the hash data of
 * the station certificate the CSMS root signed → NotFound or Failed. Adapted: step 1 (GetInstalledCertificates,
 * certificateType omitted) only needs an answer, Accepted or NotFound: with no type named the reusable state's
 * entry check has nothing to look for. The memory state ends on the station's new connection (A02.FR.08), where the
 * steps go on.
 *
 * <p>Step 3 accepts NotFound as well as Failed because Part 6's tool validation for step 3 lists both; M04.FR.06
 * itself asks for Failed, and the bridge answers Failed (its own test: DeleteStationCertificateWireTest). The case
 * stays exactly as strict as the official one, no stricter.
 */
public final class TC_M_23_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_M_23_CS";
    }

    @Override
    public String title() {
        return "Delete a certificate from a Charging Station - Unable to delete the Charging Station Certificate";
    }

    @Override
    public CaseSecurity security() {
        return CaseSecurity.CLIENT_CERTIFICATE;
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public void run(CaseContext context) throws Exception {
        X509Certificate station = SigningSteps.renewChargingStationCertificate(
                context, "A02 (TC_M_23 memory state)", "A02.FR.08 (TC_M_23 memory state)");
        var list = CertificateSteps.installed(context, "M03 (TC_M_23 step 1)");
        String listed = Checks.string(list, "status");
        CaseFailure.check(
                "Accepted".equals(listed) || "NotFound".equals(listed),
                "M03 (TC_M_23 step 1): GetInstalledCertificateIdsResponse status " + listed);
        var hash = CertificateHashData.sha256(
                station, context.security().authority().root().getPublicKey());
        String status = CertificateSteps.delete(context, hash, "M04.FR.06 (TC_M_23 step 2)");
        CaseFailure.check(
                "NotFound".equals(status) || "Failed".equals(status),
                "M04.FR.06 (TC_M_23 step 3): DeleteCertificateResponse " + status
                        + " for the station certificate, expected NotFound or Failed");
    }
}
