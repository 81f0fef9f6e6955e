package org.ocppbridge.mappings.ocpp;

/**
 * {@code SetVariableResultType}: the result of setting one variable.
 *
 * @param attributeType null means Actual
 * @param attributeStatus whether it was set
 * @param attributeStatusInfo null when absent
 * @param component the component asked for
 * @param variable the variable asked for
 */
public record SetVariableResultType(
        AttributeEnumType attributeType,
        SetVariableStatusEnumType attributeStatus,
        StatusInfoType attributeStatusInfo,
        ComponentType component,
        VariableType variable) {

    public SetVariableResultType {
        Constraints.required(attributeStatus, "SetVariableResultType", "attributeStatus");
        Constraints.required(component, "SetVariableResultType", "component");
        Constraints.required(variable, "SetVariableResultType", "variable");
    }
}
