package org.ocppbridge.mappings.ocpp;

/** {@code MutabilityEnumType}: what the CSMS may do with an attribute. Constant names are the JSON strings. */
public enum MutabilityEnumType {
    ReadOnly,
    WriteOnly,
    ReadWrite
}
