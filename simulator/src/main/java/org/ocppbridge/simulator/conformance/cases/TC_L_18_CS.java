package org.ocppbridge.simulator.conformance.cases;

import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * P6 TC_L_18_CS: UpdateFirmware with the signing certificate and the signature left out. A station that supports
 * secure firmware update must not take a non-secure request: Rejected or InvalidCertificate, and nothing is
 * downloaded.
 */
public final class TC_L_18_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_18_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - missing signing certificate and signature";
    }

    @Override
    public void run(CaseContext context) {
        String answer = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(118, context.firmwareLocation(), FirmwareSteps.twoHoursAgo(), null, null, null),
                "L01.FR.21");
        CaseFailure.check(
                answer.equals("Rejected") || answer.equals("InvalidCertificate"),
                "TC_L_18: UpdateFirmwareResponse " + answer + " to an unsigned request, expected Rejected or"
                        + " InvalidCertificate");
        context.assertNoneBeforeHeartbeat(
                c -> c.action().equals(FirmwareSteps.FSN),
                "TC_L_18: a firmware status after refusing an unsigned request");
        CaseFailure.check(
                context.firmwareServer().requestCount("/firmware.bin") == 0,
                "TC_L_18: the station downloaded firmware that came without a signature");
    }
}
