package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.SecurityMaterial;

/**
 * P6 TC_A_10_CS (A01.FR.01/11/12): over security profile 1, SetVariables SecurityCtrlr.BasicAuthPassword = a
 * 15-character password (under passwordString's 16) → Rejected; the station keeps the configured password.
 * Adapted: the official case sees the station reconnect; here the simulator drops the connection to make it, and
 * the next upgrade request must carry the old password and be accepted. The official step 5 (Booted) follows a
 * reboot; a station that only reconnects need not send a boot's security event, so it is not asked for.
 */
public final class TC_A_10_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_10_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Password for HTTP Basic Authentication - Rejected";
    }

    @Override
    public CaseSecurity security() {
        return CaseSecurity.BASIC_AUTH;
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public void run(CaseContext context) throws Exception {
        int seen = context.csms().handshakeAttempts().size();
        String stationId = context.openConnection().stationId();
        String status = PasswordSteps.setPassword(context, "Short-pass-0015", "A01 (TC_A_10 step 1)");
        CaseFailure.check(
                status.equals("Rejected"),
                "A01 (TC_A_10 step 2): SetVariablesResponse " + status + " for a 15-character password, expected"
                        + " Rejected");
        context.csms().dropAll();
        HandshakeAttempt next = context.handshakeAfter(seen, CaseContext.REBOOT, "A01 (TC_A_10 step 3)");
        CaseFailure.check(
                SecurityMaterial.PASSWORD.equals(PasswordSteps.password(next, stationId, "A01 (TC_A_10 step 3)")),
                "A01 (TC_A_10 step 3): the upgrade request after the rejected change does not carry the configured"
                        + " password");
        CaseFailure.check(next.accepted(), "A01 (TC_A_10 step 4): the upgrade request was refused");
    }
}
