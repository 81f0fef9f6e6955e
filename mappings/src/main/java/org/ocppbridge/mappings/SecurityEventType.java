package org.ocppbridge.mappings;

import java.time.Instant;
import org.ocppbridge.mappings.ocpp.SecurityEventNotificationRequest;

/**
 * The security events of OCPP 2.0.1 Part 2 Appendix 1, by their exact names (the {@code type} string of
 * SecurityEventNotification). {@link #critical()} says whether the station must push the event to the CSMS;
 * it follows the appendix as amended by errata 2023-12 §2.18.1, which makes InvalidFirmwareSignature and
 * InvalidFirmwareSigningCertificate critical because of L01.FR.02 and L01.FR.03.
 */
public enum SecurityEventType {
    FirmwareUpdated(true),
    FailedToAuthenticateAtCsms(false),
    CsmsFailedToAuthenticate(false),
    SettingSystemTime(true),
    StartupOfTheDevice(true),
    ResetOrReboot(true),
    SecurityLogWasCleared(true),
    ReconfigurationOfSecurityParameters(false),
    MemoryExhaustion(true),
    InvalidMessages(false),
    AttemptedReplayAttacks(false),
    TamperDetectionActivated(true),
    InvalidFirmwareSignature(true),
    InvalidFirmwareSigningCertificate(true),
    InvalidCsmsCertificate(true),
    InvalidChargingStationCertificate(true),
    InvalidTLSVersion(true),
    InvalidTLSCipherSuite(true),
    MaintenanceLoginAccepted(true),
    MaintenanceLoginFailed(true);

    private final boolean critical;

    SecurityEventType(boolean critical) {
        this.critical = critical;
    }

    /** Critical events are stored in the security log and also sent to the CSMS; the others are only stored. */
    public boolean critical() {
        return critical;
    }

    /** The notification for this event; {@code techInfo} may be null. */
    public SecurityEventNotificationRequest notification(Instant timestamp, String techInfo) {
        return new SecurityEventNotificationRequest(name(), timestamp, techInfo);
    }
}
