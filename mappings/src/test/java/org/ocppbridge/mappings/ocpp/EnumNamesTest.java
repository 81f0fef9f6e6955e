package org.ocppbridge.mappings.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enum constants are the JSON strings, so Gson binds them by name; these lists are messages.md's. */
class EnumNamesTest {

    private static void names(Class<? extends Enum<?>> type, String expected) {
        List<String> actual =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        assertEquals(List.of(expected.split(" \\| ")), actual, type.getSimpleName());
    }

    @Test
    void every_enum_lists_exactly_the_values_of_the_official_schema_in_order() {
        names(
                BootReasonEnumType.class,
                "ApplicationReset | FirmwareUpdate | LocalReset | PowerUp | RemoteReset | "
                        + "ScheduledReset | Triggered | Unknown | Watchdog");
        names(RegistrationStatusEnumType.class, "Accepted | Pending | Rejected");
        names(ReportBaseEnumType.class, "ConfigurationInventory | FullInventory | SummaryInventory");
        names(GenericDeviceModelStatusEnumType.class, "Accepted | Rejected | NotSupported | EmptyResultSet");
        names(MutabilityEnumType.class, "ReadOnly | WriteOnly | ReadWrite");
        names(RequestStartStopStatusEnumType.class, "Accepted | Rejected");
        names(ConnectorStatusEnumType.class, "Available | Occupied | Reserved | Unavailable | Faulted");
        names(
                MessageTriggerEnumType.class,
                "BootNotification | LogStatusNotification | FirmwareStatusNotification | "
                        + "Heartbeat | MeterValues | SignChargingStationCertificate | SignV2GCertificate | StatusNotification | "
                        + "TransactionEvent | SignCombinedCertificate | PublishFirmwareStatusNotification");
        names(TriggerMessageStatusEnumType.class, "Accepted | Rejected | NotImplemented");
        names(
                UpdateFirmwareStatusEnumType.class,
                "Accepted | Rejected | AcceptedCanceled | InvalidCertificate | RevokedCertificate");
        names(
                FirmwareStatusEnumType.class,
                "Downloaded | DownloadFailed | Downloading | DownloadScheduled | "
                        + "DownloadPaused | Idle | InstallationFailed | Installing | Installed | InstallRebooting | "
                        + "InstallScheduled | InstallVerificationFailed | InvalidSignature | SignatureVerified");
        names(LogEnumType.class, "DiagnosticsLog | SecurityLog");
        names(LogStatusEnumType.class, "Accepted | Rejected | AcceptedCanceled");
        names(
                UploadLogStatusEnumType.class,
                "BadMessage | Idle | NotSupportedOperation | PermissionDenied | "
                        + "Uploaded | UploadFailure | Uploading | AcceptedCanceled");
        names(ResetEnumType.class, "Immediate | OnIdle");
        names(ResetStatusEnumType.class, "Accepted | Rejected | Scheduled");
        names(AttributeEnumType.class, "Actual | Target | MinSet | MaxSet");
        names(
                InstallCertificateUseEnumType.class,
                "V2GRootCertificate | MORootCertificate | CSMSRootCertificate | ManufacturerRootCertificate");
        names(InstallCertificateStatusEnumType.class, "Accepted | Rejected | Failed");
        names(
                GetCertificateIdUseEnumType.class,
                "V2GCertificateChain | V2GRootCertificate | CSMSRootCertificate | MORootCertificate | "
                        + "ManufacturerRootCertificate");
        names(GetInstalledCertificateStatusEnumType.class, "Accepted | NotFound");
        names(HashAlgorithmEnumType.class, "SHA256 | SHA384 | SHA512");
        names(DeleteCertificateStatusEnumType.class, "Accepted | Failed | NotFound");
        names(CertificateSigningUseEnumType.class, "ChargingStationCertificate | V2GCertificate");
        names(GenericStatusEnumType.class, "Accepted | Rejected");
        names(CertificateSignedStatusEnumType.class, "Accepted | Rejected");
        names(ComponentCriterionEnumType.class, "Active | Available | Enabled | Problem");
        names(
                GetVariableStatusEnumType.class,
                "Accepted | Rejected | UnknownComponent | UnknownVariable | NotSupportedAttributeType");
        names(
                SetVariableStatusEnumType.class,
                "Accepted | Rejected | UnknownComponent | UnknownVariable | "
                        + "NotSupportedAttributeType | RebootRequired");
    }
}
