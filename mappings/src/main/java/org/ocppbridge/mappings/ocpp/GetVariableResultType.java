package org.ocppbridge.mappings.ocpp;

/**
 * {@code GetVariableResultType}: the result of reading one variable.
 *
 * @param attributeStatus whether it could be read
 * @param attributeStatusInfo null when absent
 * @param attributeType null means Actual
 * @param attributeValue ≤ 2500 characters; null when not read
 * @param component the component asked for
 * @param variable the variable asked for
 */
public record GetVariableResultType(
        GetVariableStatusEnumType attributeStatus,
        StatusInfoType attributeStatusInfo,
        AttributeEnumType attributeType,
        String attributeValue,
        ComponentType component,
        VariableType variable) {

    public GetVariableResultType {
        Constraints.required(attributeStatus, "GetVariableResultType", "attributeStatus");
        Constraints.maxLength(attributeValue, 2500, "GetVariableResultType", "attributeValue");
        Constraints.required(component, "GetVariableResultType", "component");
        Constraints.required(variable, "GetVariableResultType", "variable");
    }
}
