package org.ocppbridge.mappings;

import java.util.Optional;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

/**
 * Which security event (Part 2 Appendix 1) a boot, a firmware answer or a firmware status reports. Empty means
 * the value reports none.
 */
public final class SecurityEventMapping {

    private SecurityEventMapping() {}

    /**
     * The event a boot reports (the Booted state of Part 6 expects StartupOfTheDevice or ResetOrReboot).
     * PowerUp and Unknown are plain start-ups: the station booted and nothing says it was reset (EVerest sends
     * ResetOrReboot for Unknown; "has booted" is the claim we can make). A boot after a firmware install is
     * FirmwareUpdated. Every reset and the watchdog are ResetOrReboot. Triggered reports none: a BootNotification
     * sent because the CSMS asked for one is not a boot.
     */
    public static Optional<SecurityEventType> forBoot(BootReason reason) {
        return switch (reason) {
            case PowerUp, Unknown -> Optional.of(SecurityEventType.StartupOfTheDevice);
            case FirmwareUpdate -> Optional.of(SecurityEventType.FirmwareUpdated);
            case ApplicationReset, LocalReset, RemoteReset, ScheduledReset, Watchdog ->
                Optional.of(SecurityEventType.ResetOrReboot);
            case Triggered -> Optional.empty();
        };
    }

    /** L01.FR.02: a refused signing certificate, invalid or revoked, is reported after the response. */
    public static Optional<SecurityEventType> forUpdateFirmwareResponse(UpdateFirmwareResponse response) {
        return switch (response) {
            case InvalidCertificate, RevokedCertificate ->
                Optional.of(SecurityEventType.InvalidFirmwareSigningCertificate);
            case Accepted, Rejected, AcceptedCanceled -> Optional.empty();
        };
    }

    /**
     * L01.FR.03: an invalid signature is reported. Installed reports FirmwareUpdated, as libocpp does and the L
     * test cases expect after a successful install. A boot after the install reports FirmwareUpdated too
     * ({@link #forBoot}); sending it once per update is the station's job, not this mapping's. A failed install
     * (InstallationFailed, InstallVerificationFailed) reports FirmwareUpdated too: the errata's TC_L_08 (step 20)
     * validates a SecurityEventNotification FirmwareUpdated with the failure status, and the test tool expects it.
     */
    public static Optional<SecurityEventType> forFirmwareStatus(FirmwareUpdateStatusEnum status) {
        return switch (status) {
            case InvalidSignature -> Optional.of(SecurityEventType.InvalidFirmwareSignature);
            // ER TC_L_08 step 20: also after a failed install, as the test tool expects.
            case Installed, InstallationFailed, InstallVerificationFailed ->
                Optional.of(SecurityEventType.FirmwareUpdated);
            case Downloaded,
                    DownloadFailed,
                    Downloading,
                    DownloadScheduled,
                    DownloadPaused,
                    Idle,
                    Installing,
                    InstallRebooting,
                    InstallScheduled,
                    SignatureVerified -> Optional.empty();
        };
    }
}
