package org.ocppbridge.mappings.ocpp;

/** {@code LogStatusNotificationResponse}: no fields. */
public record LogStatusNotificationResponse() {}
