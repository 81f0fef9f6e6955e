package org.ocppbridge.mappings.ocpp;

/** {@code HeartbeatRequest}: no fields. */
public record HeartbeatRequest() {}
