package org.ocppbridge.simulator.conformance.cases;

import java.time.Instant;
import java.util.List;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.CaseFiles;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.ConformanceCase;
import org.ocppbridge.simulator.conformance.Requests;

/**
 * ER 2023-12 TC_L_11_CS, adapted: the second update (retrieveDateTime now, no installDateTime) must be
 * Rejected while the first cannot be cancelled (L01.FR.27), and the first goes on to Installed. The official
 * case sends it during the download, for stations that can never cancel; a station that can cancel a download
 * (TC_L_10) still cannot cancel a running installation, so here it comes while the first is Installing. The
 * station is launched with {@code --install-command <script that sleeps 3 s and exits 0>}.
 */
public final class TC_L_11_CS implements ConformanceCase {

    @Override
    public String id() {
        return "TC_L_11_CS";
    }

    @Override
    public String title() {
        return "Secure firmware update - unable to cancel (second request during the installation)";
    }

    @Override
    public boolean needsLaunch() {
        return true;
    }

    @Override
    public List<String> stationFlags(CaseFiles files) {
        return List.of(
                "--install-command",
                files.script("slow-install.sh", "sleep 3\nexit 0").toString());
    }

    @Override
    public void run(CaseContext context) {
        int before = context.openConnectionNumber();
        String first = FirmwareSteps.update(context, 112, FirmwareSteps.twoHoursAgo(), FirmwareSteps.twoHoursAgo());
        CaseFailure.check(
                first.equals("Accepted"), "L01 (step 2): UpdateFirmwareResponse " + first + ", expected Accepted");
        FirmwareSteps.downloadAndVerify(context, 112);
        IncomingCall call = context.next(CaseContext.REBOOT, "L01 (step 11/12): InstallRebooting or Installing");
        if (Checks.firmwareStatus(call, 112, "L01 (step 11/12)", "InstallRebooting", "Installing")
                .equals("InstallRebooting")) {
            FirmwareSteps.reboot(context, "RebootBeforeFirmwareInstallation");
            FirmwareSteps.status(context, 112, "RebootBeforeFirmwareInstallation (ER step 4)", "Installing");
        }
        String second = context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        113,
                        context.firmwareLocation(),
                        Instant.now(),
                        null,
                        context.firmware().signer().certificatePem(),
                        context.firmware().signature()),
                "L01.FR.27");
        CaseFailure.check(
                second.equals("Rejected"),
                "L01.FR.27: UpdateFirmwareResponse " + second
                        + " for a second update during the installation, expected Rejected");
        FirmwareSteps.finishAfterInstalling(context, 112, before);
    }
}
