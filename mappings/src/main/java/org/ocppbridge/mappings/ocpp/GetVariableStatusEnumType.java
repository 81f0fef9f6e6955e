package org.ocppbridge.mappings.ocpp;

/** {@code GetVariableStatusEnumType}: the result of reading one variable. Constant names are the JSON strings. */
public enum GetVariableStatusEnumType {
    Accepted,
    Rejected,
    UnknownComponent,
    UnknownVariable,
    NotSupportedAttributeType
}
