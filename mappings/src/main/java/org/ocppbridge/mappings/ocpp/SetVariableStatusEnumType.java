package org.ocppbridge.mappings.ocpp;

/** {@code SetVariableStatusEnumType}: the result of setting one variable. Constant names are the JSON strings. */
public enum SetVariableStatusEnumType {
    Accepted,
    Rejected,
    UnknownComponent,
    UnknownVariable,
    NotSupportedAttributeType,
    RebootRequired
}
