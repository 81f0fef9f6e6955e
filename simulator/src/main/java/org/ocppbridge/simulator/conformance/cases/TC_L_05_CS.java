package org.ocppbridge.simulator.conformance.cases;

import java.util.Set;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * P6 + ER §6.1.25 TC_L_05_CS: a signing certificate that does not chain to the station's trust anchor →
 * InvalidCertificate or RevokedCertificate, SecurityEventNotification InvalidFirmwareSigningCertificate, and
 * nothing downloaded.
 */
public final class TC_L_05_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_05_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - InvalidCertificate";
    }

    @Override
    public void run(CaseContext context) {
        String answer = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        105,
                        context.firmwareLocation(),
                        FirmwareSteps.twoHoursAgo(),
                        FirmwareSteps.twoHoursAgo(),
                        context.firmware().untrustedCertificatePem(),
                        context.firmware().signature()),
                "L01.FR.22");
        CaseFailure.check(
                answer.equals("InvalidCertificate") || answer.equals("RevokedCertificate"),
                "L01.FR.22: UpdateFirmwareResponse " + answer + ", expected InvalidCertificate or RevokedCertificate");
        var call = context.next(
                CaseContext.STEP, "L01.FR.02: SecurityEventNotification InvalidFirmwareSigningCertificate");
        CaseFailure.check(
                Checks.isSecurityEvent(call, Set.of("InvalidFirmwareSigningCertificate")),
                "L01.FR.02: expected SecurityEventNotification InvalidFirmwareSigningCertificate, got "
                        + Checks.describe(call));
        context.assertNoneBeforeHeartbeat(
                c -> c.action().equals(FirmwareSteps.FSN), "L01.FR.22: a firmware status after InvalidCertificate");
        CaseFailure.check(
                context.firmwareServer().requestCount("/firmware.bin") == 0,
                "L01.FR.22: the station downloaded firmware signed under an untrusted certificate");
    }
}
