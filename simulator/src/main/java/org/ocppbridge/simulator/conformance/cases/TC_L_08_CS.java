package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseFiles;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * ER 2023-12 TC_L_08_CS: an image that fails installation → Downloading, Downloaded, SignatureVerified, the
 * install path (optionally rebooting), then InstallVerificationFailed or InstallationFailed. The station is
 * launched with {@code --install-command <script that exits 1>}. ER also lists a SecurityEventNotification
 * FirmwareUpdated here; for a failed install that looks like an errata slip, so it is allowed, not required.
 */
public final class TC_L_08_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_08_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - InstallVerificationFailed or InstallationFailed";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public List<String> stationFlags(CaseFiles files) {
        return List.of(
                "--install-command",
                files.script("failing-install.sh", "exit 1").toString());
    }

    @Override
    public void run(CaseContext context) {
        String answer = FirmwareSteps.update(context, 108, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.downloadAndVerify(context, 108);
        while (true) {
            IncomingCall call =
                    context.next(CaseContext.REBOOT, "L01 (TC_L_08): InstallVerificationFailed or InstallationFailed");
            if (call.action().equals("BootNotification")) {
                continue; // a reboot on the install path
            }
            if (Checks.isSecurityEvent(call, Set.of("FirmwareUpdated"))) {
                continue; // listed by ER for this case, see the class comment
            }
            String status = Checks.firmwareStatus(
                    call,
                    108,
                    "L01 (TC_L_08)",
                    "Installing",
                    "InstallRebooting",
                    "InstallVerificationFailed",
                    "InstallationFailed");
            if (status.endsWith("Failed")) {
                break;
            }
        }
        context.assertNone(
                c -> Checks.isStatus(c, FirmwareSteps.FSN, "Installed"),
                Duration.ofSeconds(1),
                "L01 (TC_L_08): Installed after a failed installation");
    }
}
