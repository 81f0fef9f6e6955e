package org.ocppbridge.mappings.ocpp;

/**
 * {@code ComponentType}: a device-model component, e.g. {@code OCPPCommCtrlr}.
 *
 * @param evse null when the component is not tied to one EVSE
 * @param name ≤ 50 characters
 * @param instance ≤ 50 characters; null when the component has one instance
 */
public record ComponentType(EVSEType evse, String name, String instance) {

    public ComponentType {
        Constraints.requiredMaxLength(name, 50, "ComponentType", "name");
        Constraints.maxLength(instance, 50, "ComponentType", "instance");
    }
}
