package org.ocppbridge.mappings.ocpp;

/**
 * {@code SetVariableDataType}: one variable to set.
 *
 * @param attributeType null means Actual
 * @param attributeValue ≤ 1000 characters
 * @param component the component
 * @param variable the variable
 */
public record SetVariableDataType(
        AttributeEnumType attributeType, String attributeValue, ComponentType component, VariableType variable) {

    public SetVariableDataType {
        Constraints.requiredMaxLength(attributeValue, 1000, "SetVariableDataType", "attributeValue");
        Constraints.required(component, "SetVariableDataType", "component");
        Constraints.required(variable, "SetVariableDataType", "variable");
    }
}
