package org.ocppbridge.mappings.ocpp;

/**
 * {@code VariableAttributeType}: one attribute of a variable in a report.
 *
 * @param type the attribute; null means Actual
 * @param value ≤ 2500 characters; null only for a write-only attribute
 * @param mutability null means ReadWrite
 * @param persistent whether the value survives a reboot; null means false
 * @param constant whether the station never changes it itself; null means false
 */
public record VariableAttributeType(
        AttributeEnumType type, String value, MutabilityEnumType mutability, Boolean persistent, Boolean constant) {

    public VariableAttributeType {
        Constraints.maxLength(value, 2500, "VariableAttributeType", "value");
    }
}
