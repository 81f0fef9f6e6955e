package org.ocppbridge.simulator.conformance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.ocppbridge.simulator.IncomingCall;
import org.ocppbridge.simulator.conformance.CaseContext;
import org.ocppbridge.simulator.conformance.CaseFailure;
import org.ocppbridge.simulator.conformance.Checks;
import org.ocppbridge.simulator.conformance.Requests;

/** The steps the L cases share (ER 2023-12 versions of TC_L_01..11, which supersede Part 6). */
final class FirmwareSteps {

    static final String FSN = "FirmwareStatusNotification";
    private static final Set<String> FIRMWARE_UPDATED = Set.of("FirmwareUpdated");

    private FirmwareSteps() {}

    /** An UpdateFirmwareRequest with the valid certificate and signature; returns the response status. */
    static String update(CaseContext context, int requestId, Instant retrieve, Instant install) {
        return context.callStatus(
                "UpdateFirmware",
                Requests.updateFirmware(
                        requestId,
                        context.firmwareLocation(),
                        retrieve,
                        install,
                        context.firmware().signer().certificatePem(),
                        context.firmware().signature()),
                "L01");
    }

    /** Two hours ago, as the OCTT sets retrieveDateTime and installDateTime. */
    static Instant twoHoursAgo() {
        return Instant.now().minus(Duration.ofHours(2));
    }

    static IncomingCall status(CaseContext context, int requestId, String step, String... statuses) {
        IncomingCall call = context.next(CaseContext.STEP, step);
        Checks.firmwareStatus(call, requestId, step, statuses);
        return call;
    }

    /** Steps 3-8: Downloading, Downloaded, SignatureVerified. */
    static void downloadAndVerify(CaseContext context, int requestId) {
        status(context, requestId, "L01.FR.01 (step 3)", "Downloading");
        status(context, requestId, "L01.FR.01 (step 5)", "Downloaded");
        status(context, requestId, "L01.FR.01 (step 7)", "SignatureVerified");
    }

    /**
     * Steps 11-21 of TC_L_01: (a) RebootBeforeFirmwareInstallation then Installing, or (b) Installing; optional
     * RebootBeforeFirmwareActivation; a reboot or at least a reconnect (step 15); then, in any order,
     * Installed and SecurityEventNotification FirmwareUpdated.
     *
     * @param connectionBefore the connection number before the update started
     */
    static void installToTheEnd(CaseContext context, int requestId, int connectionBefore) {
        installFrom(
                context,
                context.next(CaseContext.REBOOT, "L01 (step 11/12): InstallRebooting or Installing"),
                requestId,
                connectionBefore);
    }

    /** {@link #installToTheEnd} from a CALL the case already took. */
    static void installFrom(CaseContext context, IncomingCall first, int requestId, int connectionBefore) {
        String status = Checks.firmwareStatus(first, requestId, "L01 (step 11/12)", "InstallRebooting", "Installing");
        if (status.equals("InstallRebooting")) {
            reboot(context, "RebootBeforeFirmwareInstallation");
            status(context, requestId, "RebootBeforeFirmwareInstallation (ER step 4)", "Installing");
        }
        finishAfterInstalling(context, requestId, connectionBefore);
    }

    /** Steps 14-21 of TC_L_01, once Installing was reported. */
    static void finishAfterInstalling(CaseContext context, int requestId, int connectionBefore) {
        IncomingCall call;
        boolean rebooted = false;
        boolean installedSeen = false;
        boolean eventSeen = false;
        while (!installedSeen || !eventSeen) {
            call = context.next(
                    CaseContext.REBOOT, "L01 (steps 14-21): Installed and SecurityEventNotification FirmwareUpdated");
            if (!installedSeen && !eventSeen && Checks.isStatus(call, FSN, "InstallRebooting")) {
                Checks.firmwareStatus(call, requestId, "RebootBeforeFirmwareActivation", "InstallRebooting");
                if (rebooted) {
                    continue; // the same status again after the reboot: a repeat, not a new state
                }
                reboot(context, "RebootBeforeFirmwareActivation");
                rebooted = true;
            } else if (Checks.isStatus(call, FSN, "Installed")) {
                Checks.firmwareStatus(call, requestId, "L01 (step 18)", "Installed");
                CaseFailure.check(
                        context.connectionNumber() > connectionBefore,
                        "L01 (ER TC_L_01 step 15): Installed reported before the station rebooted or reconnected");
                installedSeen = true;
            } else if (Checks.isSecurityEvent(call, FIRMWARE_UPDATED)) {
                eventSeen = true;
            } else if (call.action().equals("BootNotification") && context.connectionNumber() > connectionBefore) {
                continue; // a reconnect without a reboot may boot again (P4 §5.3 allows it)
            } else {
                throw new CaseFailure("L01 (steps 18-21): expected Installed and SecurityEventNotification"
                        + " FirmwareUpdated, got " + Checks.describe(call));
            }
        }
    }

    /** A reboot of the reusable states: BootNotification FirmwareUpdate on a new connection. */
    static void reboot(CaseContext context, String state) {
        // The connection of the last status read, not the newest one: a quick station may already have
        // reconnected by now.
        int before = context.connectionNumber();
        IncomingCall boot = context.next(CaseContext.REBOOT, state + ": BootNotification");
        Checks.bootReason(boot, "FirmwareUpdate", state + " (ER step 2)");
        CaseFailure.check(
                context.connectionNumber() > before,
                state + ": BootNotification FirmwareUpdate without a reboot (same connection)");
    }
}
