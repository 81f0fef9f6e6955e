package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.SecurityEventNotificationRequest;
import org.ocppbridge.mappings.system.BootReason;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

class SecurityEventMappingTest {

    @Test
    void every_boot_reason_reports_its_security_event() {
        Map<BootReason, SecurityEventType> expected = new EnumMap<>(BootReason.class);
        expected.put(BootReason.PowerUp, SecurityEventType.StartupOfTheDevice);
        expected.put(BootReason.Unknown, SecurityEventType.StartupOfTheDevice);
        expected.put(BootReason.FirmwareUpdate, SecurityEventType.FirmwareUpdated);
        expected.put(BootReason.ApplicationReset, SecurityEventType.ResetOrReboot);
        expected.put(BootReason.LocalReset, SecurityEventType.ResetOrReboot);
        expected.put(BootReason.RemoteReset, SecurityEventType.ResetOrReboot);
        expected.put(BootReason.ScheduledReset, SecurityEventType.ResetOrReboot);
        expected.put(BootReason.Watchdog, SecurityEventType.ResetOrReboot);
        for (BootReason reason : BootReason.values()) {
            assertEquals(
                    Optional.ofNullable(expected.get(reason)), SecurityEventMapping.forBoot(reason), reason.name());
        }
    }

    @Test
    void a_triggered_BootNotification_is_not_a_boot_and_reports_nothing() {
        assertEquals(Optional.empty(), SecurityEventMapping.forBoot(BootReason.Triggered));
    }

    @Test
    void L01FR02_an_invalid_or_revoked_certificate_reports_InvalidFirmwareSigningCertificate() {
        for (UpdateFirmwareResponse answer : UpdateFirmwareResponse.values()) {
            boolean certificate = answer == UpdateFirmwareResponse.InvalidCertificate
                    || answer == UpdateFirmwareResponse.RevokedCertificate;
            assertEquals(
                    certificate ? Optional.of(SecurityEventType.InvalidFirmwareSigningCertificate) : Optional.empty(),
                    SecurityEventMapping.forUpdateFirmwareResponse(answer),
                    answer.name());
        }
    }

    @Test
    void L01FR03_an_invalid_signature_reports_InvalidFirmwareSignature_and_Installed_reports_FirmwareUpdated() {
        for (FirmwareUpdateStatusEnum status : FirmwareUpdateStatusEnum.values()) {
            Optional<SecurityEventType> expected =
                    switch (status) {
                        case InvalidSignature -> Optional.of(SecurityEventType.InvalidFirmwareSignature);
                        case Installed -> Optional.of(SecurityEventType.FirmwareUpdated);
                        // ER TC_L_08 step 20: the failure of an install reports FirmwareUpdated too.
                        case InstallationFailed, InstallVerificationFailed ->
                            Optional.of(SecurityEventType.FirmwareUpdated);
                        default -> Optional.empty();
                    };
            assertEquals(expected, SecurityEventMapping.forFirmwareStatus(status), status.name());
        }
    }

    @Test
    void every_event_the_mappings_report_is_critical_so_it_is_pushed() {
        for (BootReason reason : BootReason.values()) {
            SecurityEventMapping.forBoot(reason).ifPresent(e -> assertTrue(e.critical(), e.name()));
        }
        for (UpdateFirmwareResponse answer : UpdateFirmwareResponse.values()) {
            SecurityEventMapping.forUpdateFirmwareResponse(answer).ifPresent(e -> assertTrue(e.critical(), e.name()));
        }
        for (FirmwareUpdateStatusEnum status : FirmwareUpdateStatusEnum.values()) {
            SecurityEventMapping.forFirmwareStatus(status).ifPresent(e -> assertTrue(e.critical(), e.name()));
        }
    }

    @Test
    void errata_2_18_1_makes_the_firmware_signature_events_critical_and_the_appendix_lists_the_others() {
        assertTrue(SecurityEventType.InvalidFirmwareSignature.critical());
        assertTrue(SecurityEventType.InvalidFirmwareSigningCertificate.critical());
        for (SecurityEventType notCritical : new SecurityEventType[] {
            SecurityEventType.FailedToAuthenticateAtCsms, SecurityEventType.CsmsFailedToAuthenticate,
            SecurityEventType.ReconfigurationOfSecurityParameters, SecurityEventType.InvalidMessages,
            SecurityEventType.AttemptedReplayAttacks
        }) {
            assertEquals(false, notCritical.critical(), notCritical.name());
        }
        assertEquals(20, SecurityEventType.values().length);
    }

    @Test
    void an_event_becomes_a_notification_with_its_exact_name() {
        Instant at = Instant.parse("2025-04-05T06:07:08Z");
        assertEquals(
                new SecurityEventNotificationRequest("StartupOfTheDevice", at, "fw 1.2"),
                SecurityEventType.StartupOfTheDevice.notification(at, "fw 1.2"));
        for (SecurityEventType type : SecurityEventType.values()) {
            assertEquals(type.name(), type.notification(at, null).type());
        }
    }
}
