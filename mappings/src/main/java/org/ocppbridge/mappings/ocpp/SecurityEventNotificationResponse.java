package org.ocppbridge.mappings.ocpp;

/** {@code SecurityEventNotificationResponse}: no fields. */
public record SecurityEventNotificationResponse() {}
