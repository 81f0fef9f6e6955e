package org.ocppbridge.mappings.ocpp;

/** {@code FirmwareStatusNotificationResponse}: no fields. */
public record FirmwareStatusNotificationResponse() {}
