package org.ocppbridge.mappings.ocpp;

/** {@code ComponentCriterionEnumType}: a criterion a component must meet to be reported by GetReport. Constant names are the JSON strings. */
public enum ComponentCriterionEnumType {
    Active,
    Available,
    Enabled,
    Problem
}
