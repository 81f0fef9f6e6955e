package org.ocppbridge.bridge.rpc;

import java.util.Set;

/**
 * Every OCPP 2.0.1 action name. An action outside this set gets NotImplemented; an action in it that the
 * bridge does not handle gets NotSupported (Part 4 §4.3).
 */
public final class OcppActions {

    private static final Set<String> ALL = Set.of(
            "Authorize",
            "BootNotification",
            "CancelReservation",
            "CertificateSigned",
            "ChangeAvailability",
            "ClearCache",
            "ClearChargingProfile",
            "ClearDisplayMessage",
            "ClearedChargingLimit",
            "ClearVariableMonitoring",
            "CostUpdated",
            "CustomerInformation",
            "DataTransfer",
            "DeleteCertificate",
            "FirmwareStatusNotification",
            "Get15118EVCertificate",
            "GetBaseReport",
            "GetCertificateStatus",
            "GetChargingProfiles",
            "GetCompositeSchedule",
            "GetDisplayMessages",
            "GetInstalledCertificateIds",
            "GetLocalListVersion",
            "GetLog",
            "GetMonitoringReport",
            "GetReport",
            "GetTransactionStatus",
            "GetVariables",
            "Heartbeat",
            "InstallCertificate",
            "LogStatusNotification",
            "MeterValues",
            "NotifyChargingLimit",
            "NotifyCustomerInformation",
            "NotifyDisplayMessages",
            "NotifyEVChargingNeeds",
            "NotifyEVChargingSchedule",
            "NotifyEvent",
            "NotifyMonitoringReport",
            "NotifyReport",
            "PublishFirmware",
            "PublishFirmwareStatusNotification",
            "ReportChargingProfiles",
            "RequestStartTransaction",
            "RequestStopTransaction",
            "ReservationStatusUpdate",
            "ReserveNow",
            "Reset",
            "SecurityEventNotification",
            "SendLocalList",
            "SetChargingProfile",
            "SetDisplayMessage",
            "SetMonitoringBase",
            "SetMonitoringLevel",
            "SetNetworkProfile",
            "SetVariableMonitoring",
            "SetVariables",
            "SignCertificate",
            "StatusNotification",
            "TransactionEvent",
            "TriggerMessage",
            "UnlockConnector",
            "UnpublishFirmware",
            "UpdateFirmware");

    private OcppActions() {}

    /** Whether {@code action} is an OCPP 2.0.1 action (case-sensitive, Part 4 §4.1.6). */
    public static boolean isOcpp201(String action) {
        return ALL.contains(action);
    }

    /** All action names. */
    public static Set<String> all() {
        return ALL;
    }
}
