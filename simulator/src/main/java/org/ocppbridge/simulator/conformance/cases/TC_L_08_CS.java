package org.ocppbridge.simulator.conformance.cases;

import java.util.List;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseFiles;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;

/**
 * ER 2023-12 TC_L_08_CS, as the errata's table has it: an image that fails installation → Downloading, Downloaded,
 * SignatureVerified, the install path (optionally rebooting), then the station comes back: it reconnects at least
 * (step 15, "the OCTT waits for the Charging Station to reconnect") before InstallVerificationFailed or
 * InstallationFailed (step 18), and sends a SecurityEventNotification FirmwareUpdated (step 20, validated by the
 * tool), those two in any order. The station is launched with {@code --install-command <script that exits 1>}.
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
        int before = context.openConnectionNumber();
        String answer = FirmwareSteps.update(context, 108, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                answer.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + answer + ", expected Accepted");
        FirmwareSteps.downloadAndVerify(context, 108);
        boolean failed = false;
        boolean eventSeen = false;
        while (!failed || !eventSeen) {
            IncomingCall call = failed
                    ? context.next(CaseContext.STEP, "ER TC_L_08 (step 20): SecurityEventNotification FirmwareUpdated")
                    : context.next(
                            CaseContext.REBOOT,
                            "L01 (TC_L_08 step 18): InstallVerificationFailed or InstallationFailed");
            if (call.action().equals("BootNotification")) {
                continue; // the reboot of steps 11/14/15
            }
            if (Checks.isSecurityEvent(call, Set.of("FirmwareUpdated"))) {
                eventSeen = true; // steps 16-21 in any order
                continue;
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
                CaseFailure.check(
                        context.connectionNumber() > before,
                        "L01 (ER TC_L_08 step 15): " + status + " reported before the station rebooted or reconnected");
                failed = true;
            }
        }
        context.assertNoneBeforeHeartbeat(
                c -> Checks.isStatus(c, FirmwareSteps.FSN, "Installed"),
                "L01 (TC_L_08): Installed after a failed installation");
    }
}
