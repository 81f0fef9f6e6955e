package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_A_15_CS (A02): TriggerMessage SignChargingStationCertificate → Accepted, the station sends a
 * SignCertificateRequest with a valid CSR, the CSMS answers Rejected. Adapted: the station must stay connected and
 * answer a TriggerMessage Heartbeat afterwards (a barrier showing it handled the refusal).
 */
public final class TC_A_15_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_15_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Certificate by request of CSMS - SignCertificateRequest Rejected";
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
        IncomingCall sign = SigningSteps.triggerSignCertificate(context, "A02 (TC_A_15 steps 1-3)");
        SigningSteps.answer(sign, "Rejected");
        TriggerSteps.trigger(context, "Heartbeat", null, "Accepted", "F06.FR.04 (TC_A_15 after step 4)");
    }
}
