package org.ocppbridge.simulator;

import java.util.Set;

/**
 * The actions of OCPP 2.0.1 a charging station may send (Part 2, the messages with the station as sender). The
 * project has schemas for only some of them; a station sending another 2.0.1 action is not at fault for that.
 */
final class OcppActions {

    static final Set<String> FROM_STATION = Set.of(
            "Authorize",
            "BootNotification",
            "ClearedChargingLimit",
            "DataTransfer",
            "FirmwareStatusNotification",
            "Get15118EVCertificate",
            "GetCertificateStatus",
            "Heartbeat",
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
            "PublishFirmwareStatusNotification",
            "ReportChargingProfiles",
            "ReservationStatusUpdate",
            "SecurityEventNotification",
            "SignCertificate",
            "StatusNotification",
            "TransactionEvent");

    private OcppActions() {}
}
