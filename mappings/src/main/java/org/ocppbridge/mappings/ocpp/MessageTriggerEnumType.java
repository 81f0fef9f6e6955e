package org.ocppbridge.mappings.ocpp;

/** {@code MessageTriggerEnumType}: the message a TriggerMessage asks for. Constant names are the JSON strings. */
public enum MessageTriggerEnumType {
    BootNotification,
    LogStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    SignChargingStationCertificate,
    SignV2GCertificate,
    StatusNotification,
    TransactionEvent,
    SignCombinedCertificate,
    PublishFirmwareStatusNotification
}
