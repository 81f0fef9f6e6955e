package org.ocppbridge.mappings.ocpp;

/** {@code NotifyReportResponse}: no fields. */
public record NotifyReportResponse() {}
