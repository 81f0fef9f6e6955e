package org.ocppbridge.mappings.ocpp;

/**
 * {@code VariableType}: a variable of a component, e.g. {@code OfflineThreshold}.
 *
 * @param name ≤ 50 characters
 * @param instance ≤ 50 characters; null when the variable has one instance
 */
public record VariableType(String name, String instance) {

    public VariableType {
        Constraints.requiredMaxLength(name, 50, "VariableType", "name");
        Constraints.maxLength(instance, 50, "VariableType", "instance");
    }
}
