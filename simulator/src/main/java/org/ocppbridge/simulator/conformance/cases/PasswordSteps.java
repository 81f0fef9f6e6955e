package org.ocppbridge.simulator.conformance.cases;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ocppbridge.simulator.HandshakeAttempt;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;

/** The A01 steps: set SecurityCtrlr.BasicAuthPassword, and read the password an upgrade request carries. */
final class PasswordSteps {

    private PasswordSteps() {}

    /** SetVariables SecurityCtrlr.BasicAuthPassword; the attributeStatus. */
    static String setPassword(CaseContext context, String password, String rule) {
        return VariableSteps.status(VariableSteps.set(context, "SecurityCtrlr", "BasicAuthPassword", password, rule));
    }

    /**
     * The password of the upgrade request's {@code Authorization: Basic} header for {@code stationId} (P4
     * §2.1.3); a failure naming {@code rule} when it has none, or another user.
     */
    static String password(HandshakeAttempt attempt, String stationId, String rule) {
        String header = attempt.header("Authorization");
        CaseFailure.check(
                header != null && header.regionMatches(true, 0, "Basic ", 0, 6),
                rule + ": the upgrade request has no Authorization: Basic header");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CaseFailure(rule + ": the Authorization header is not base64");
        }
        String prefix = stationId + ":";
        CaseFailure.check(
                decoded.startsWith(prefix), rule + ": the Basic-auth user is not the station id " + stationId);
        return decoded.substring(prefix.length());
    }
}
