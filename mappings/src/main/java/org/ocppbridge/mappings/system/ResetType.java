package org.ocppbridge.mappings.system;

/** The system type {@code ResetType}: how deep a reset goes (OCPP's Immediate/OnIdle is about when). */
public enum ResetType {
    Soft,
    Hard,
    NotSpecified
}
