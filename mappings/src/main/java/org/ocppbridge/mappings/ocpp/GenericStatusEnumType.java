package org.ocppbridge.mappings.ocpp;

/** {@code GenericStatusEnumType}: a plain Accepted or Rejected. Constant names are the JSON strings. */
public enum GenericStatusEnumType {
    Accepted,
    Rejected
}
