package org.ocppbridge.mappings.ocpp;

/** {@code StatusNotificationResponse}: no fields. */
public record StatusNotificationResponse() {}
