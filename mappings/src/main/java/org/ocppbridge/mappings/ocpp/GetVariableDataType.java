package org.ocppbridge.mappings.ocpp;

/** {@code GetVariableDataType}: one variable to read; {@code attributeType} null means Actual. */
public record GetVariableDataType(AttributeEnumType attributeType, ComponentType component, VariableType variable) {

    public GetVariableDataType {
        Constraints.required(component, "GetVariableDataType", "component");
        Constraints.required(variable, "GetVariableDataType", "variable");
    }
}
