package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_A_11_CS (A02, F06): memory state RenewChargingStationCertificate over security profile 3: TriggerMessage
 * SignChargingStationCertificate → Accepted, a SignCertificateRequest with a valid PKCS#10 CSR (PEM; EC ≥ 224 or
 * RSA ≥ 2048 bits), the CSR signed by the CSMS root → CertificateSignedResponse Accepted. Served over wss:// with
 * a client certificate the simulator's CA issued. Continued past step 6 (A02.FR.08, "switch to the new certificate
 * … by closing the websocket and TLS connection and reconnecting with the new certificate"): the station's next
 * connection presents the certificate the CSMS just signed.
 */
public final class TC_A_11_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_11_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate";
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
        SigningSteps.renewChargingStationCertificate(context, "A02 (TC_A_11)", "A02.FR.08 (TC_A_11, after step 6)");
    }
}
