package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.pki.CertificateAuthority;

/**
 * P6 TC_A_14_CS (A02.FR.07, A03.FR.07): the CSMS answers the triggered SignCertificateRequest Accepted, then sends
 * a CertificateSigned whose certificate does not chain to the CSMS root (issued for the CSR's key by a CA the
 * station does not know) → Rejected, then SecurityEventNotification InvalidChargingStationCertificate.
 */
public final class TC_A_14_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_14_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Certificate by request of CSMS - Invalid certificate";
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
        IncomingCall sign = SigningSteps.triggerSignCertificate(context, "A02 (TC_A_14 steps 1-3)");
        SigningSteps.answer(sign, "Accepted");
        CertificateAuthority stranger = CertificateAuthority.create("TC_A_14 unknown CA");
        String invalid = stranger.signCsr(Checks.string(sign.payload(), "csr"));
        String status = SigningSteps.certificateSigned(context, invalid, "A02.FR.07 (TC_A_14 step 5)");
        CaseFailure.check(
                "Rejected".equals(status),
                "A02.FR.07 (TC_A_14 step 6): CertificateSignedResponse " + status
                        + " for a certificate of an unknown CA, expected Rejected");
        context.await(
                call -> Checks.isSecurityEvent(call, java.util.Set.of("InvalidChargingStationCertificate")),
                CaseContext.STEP,
                "A02.FR.07 (TC_A_14 step 7): SecurityEventNotification InvalidChargingStationCertificate");
    }
}
