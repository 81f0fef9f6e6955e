package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseSecurity;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * P6 TC_A_09_CS (A01.FR.01/11/12): over security profile 1, SetVariables SecurityCtrlr.BasicAuthPassword = a
 * new 24-character password → Accepted or RebootRequired; from then on the CSMS accepts only the new password, and
 * the station's next upgrade request must carry it (Basic base64(id:new)), then boot. Adapted: the official case
 * lets the station reconnect when it chooses; here it must do so within 30 s (with RebootRequired, by rebooting).
 */
public final class TC_A_09_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_A_09_CS";
    }

    @Override
    public String title() {
        return "Update Charging Station Password for HTTP Basic Authentication - Accepted";
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
        String password = "Rotated-Pass-0002-A01-ok";
        int seen = context.csms().handshakeAttempts().size();
        String stationId = context.openConnection().stationId();
        // The CSMS knows the new password as it sends it: a station may reconnect the moment its answer has left.
        context.csms().requireBasicAuthPassword(password);
        String status = PasswordSteps.setPassword(context, password, "A01.FR.01 (TC_A_09 step 1)");
        CaseFailure.check(
                status.equals("Accepted") || status.equals("RebootRequired"),
                "A01.FR.01 (TC_A_09 step 2): SetVariablesResponse " + status + ", expected Accepted or RebootRequired");
        HandshakeAttempt next = context.handshakeAfter(seen, CaseContext.REBOOT, "A01 (TC_A_09 step 3)");
        CaseFailure.check(
                password.equals(PasswordSteps.password(next, stationId, "A01 (TC_A_09 step 3)")),
                "A01.FR.11 (TC_A_09 step 3): the upgrade request after the change does not carry the new password");
        CaseFailure.check(next.accepted(), "A01 (TC_A_09 step 4): the upgrade request was refused");
        if (status.equals("RebootRequired")) {
            context.booted(CaseContext.REBOOT); // steps 5-8 apply only to RebootRequired
        }
    }
}
