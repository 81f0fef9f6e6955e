package org.ocppbridge.mappings.ocpp;

/** {@code AttributeEnumType}: which attribute of a variable is meant. Constant names are the JSON strings. */
public enum AttributeEnumType {
    Actual,
    Target,
    MinSet,
    MaxSet
}
