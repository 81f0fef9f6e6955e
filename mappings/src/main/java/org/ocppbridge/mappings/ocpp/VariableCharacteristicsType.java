package org.ocppbridge.mappings.ocpp;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code VariableCharacteristicsType}: the fixed properties of a variable in a report.
 *
 * @param unit ≤ 16 characters; null when the value has none
 * @param dataType one of {@link #DATA_TYPES} (DataEnumType: its values are lower case, and {@code boolean} is one)
 * @param minLimit null when absent
 * @param maxLimit null when absent
 * @param valuesList ≤ 1000 characters, comma separated; null when absent
 * @param supportsMonitoring whether the variable can be monitored
 */
public record VariableCharacteristicsType(
        String unit,
        String dataType,
        BigDecimal minLimit,
        BigDecimal maxLimit,
        String valuesList,
        Boolean supportsMonitoring) {

    /** DataEnumType's values, in the schema's order. */
    public static final List<String> DATA_TYPES =
            List.of("string", "decimal", "integer", "dateTime", "boolean", "OptionList", "SequenceList", "MemberList");

    public VariableCharacteristicsType {
        Constraints.maxLength(unit, 16, "VariableCharacteristicsType", "unit");
        Constraints.required(dataType, "VariableCharacteristicsType", "dataType");
        if (!DATA_TYPES.contains(dataType)) {
            throw new OcppConstraintException(
                    "VariableCharacteristicsType", "dataType", "is not a DataEnumType value: " + dataType);
        }
        Constraints.maxLength(valuesList, 1000, "VariableCharacteristicsType", "valuesList");
        Constraints.required(supportsMonitoring, "VariableCharacteristicsType", "supportsMonitoring");
    }
}
