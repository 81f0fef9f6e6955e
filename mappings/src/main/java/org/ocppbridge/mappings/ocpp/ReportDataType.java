package org.ocppbridge.mappings.ocpp;

import java.util.List;

/**
 * {@code ReportDataType}: one variable of a report.
 *
 * @param variableAttribute one to four attributes
 * @param variableCharacteristics null when absent
 */
public record ReportDataType(
        ComponentType component,
        VariableType variable,
        List<VariableAttributeType> variableAttribute,
        VariableCharacteristicsType variableCharacteristics) {

    public ReportDataType {
        Constraints.required(component, "ReportDataType", "component");
        Constraints.required(variable, "ReportDataType", "variable");
        variableAttribute = Constraints.nonEmptyCopy(variableAttribute, "ReportDataType", "variableAttribute");
        if (variableAttribute.size() > 4) {
            throw new OcppConstraintException("ReportDataType", "variableAttribute", "has more than 4 items");
        }
    }
}
