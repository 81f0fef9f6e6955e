package org.ocppbridge.mappings.ocpp;

/**
 * {@code ComponentVariableType}: a component, and optionally one of its variables.
 *
 * @param variable null when every variable of the component is meant
 */
public record ComponentVariableType(ComponentType component, VariableType variable) {

    public ComponentVariableType {
        Constraints.required(component, "ComponentVariableType", "component");
    }
}
