package org.ocppbridge.bridge.devicemodel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ocppbridge.mappings.ocpp.AttributeEnumType;
import org.ocppbridge.mappings.ocpp.ComponentCriterionEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.ComponentVariableType;
import org.ocppbridge.mappings.ocpp.MutabilityEnumType;
import org.ocppbridge.mappings.ocpp.ReportBaseEnumType;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.VariableAttributeType;
import org.ocppbridge.mappings.ocpp.VariableCharacteristicsType;
import org.ocppbridge.mappings.ocpp.VariableType;

/**
 * Which variables a report holds (B07 base reports, B08 custom reports) and how each is written in it: its Actual
 * value (none for a write-only one), mutability, persistence, constancy and characteristics.
 *
 * <p>B08's componentCriteria, decided for the bridge's four controllers: none of them has an Active, Available,
 * Enabled or Problem variable (Part 2 Appendix 3 gives them none: a controller that exists is in use), so each
 * meets Active, Available and Enabled (B08.FR.07/.08/.09: true, or no such variable) and none meets Problem
 * (B08.FR.10: only a Problem variable that is true). The criteria of one request are alternatives (a component is
 * reported when it meets any of them); a request with componentVariable too is reported where both match.
 */
final class Reports {

    private final List<Variable> variables;

    Reports(List<Variable> variables) {
        this.variables = variables;
    }

    /**
     * B07: ConfigurationInventory is every writable variable, FullInventory every variable; SummaryInventory
     * (availability and problems of components) has nothing to say about a station without EVSEs.
     */
    List<ReportDataType> base(ReportBaseEnumType base) {
        return switch (base) {
            case ConfigurationInventory ->
                variables.stream()
                        .filter(Variable::writable)
                        .map(Reports::reportData)
                        .toList();
            case FullInventory -> variables.stream().map(Reports::reportData).toList();
            case SummaryInventory -> List.of();
        };
    }

    /**
     * B08: the variables that match the request's componentVariable list and criteria (each absent: no filter);
     * empty when none does.
     */
    List<ReportDataType> custom(
            List<ComponentVariableType> componentVariable, List<ComponentCriterionEnumType> componentCriteria) {
        return variables.stream()
                .filter(v -> componentCriteria == null
                        || componentCriteria.stream().anyMatch(criterion -> meets(v.component(), criterion)))
                .filter(v ->
                        componentVariable == null || componentVariable.stream().anyMatch(wanted -> matches(wanted, v)))
                .map(Reports::reportData)
                .toList();
    }

    private boolean meets(String component, ComponentCriterionEnumType criterion) {
        var flag = variables.stream()
                .filter(v -> v.component().equals(component)
                        && v.name().equals(criterion.name())
                        && v.instance() == null
                        && v.readable())
                .findFirst();
        if (criterion == ComponentCriterionEnumType.Problem) {
            return flag.map(v -> "true".equals(v.value().get())).orElse(false); // B08.FR.10
        }
        return flag.map(v -> "true".equals(v.value().get())).orElse(true); // B08.FR.07/.08/.09
    }

    /**
     * B08.FR.22-25 (errata 2023-12, replacing B08.FR.19): a component without evse or instance in the request
     * means every one of that name; one with them means that one only (the bridge's components have neither, so
     * such a request matches none of them). A variable without instance means every instance of it (TC_B_54), one
     * with an instance that instance (TC_B_55); no variable means every variable of the component.
     */
    private static boolean matches(ComponentVariableType wanted, Variable variable) {
        ComponentType component = wanted.component();
        if (!component.name().equals(variable.component())
                || component.evse() != null
                || component.instance() != null) {
            return false;
        }
        VariableType name = wanted.variable();
        return name == null
                || (name.name().equals(variable.name())
                        && (name.instance() == null || Objects.equals(name.instance(), variable.instance())));
    }

    static ReportDataType reportData(Variable variable) {
        Variable.Traits traits = variable.traits();
        VariableAttributeType actual = new VariableAttributeType(
                AttributeEnumType.Actual,
                variable.readable() ? variable.value().get() : null,
                !variable.readable()
                        ? MutabilityEnumType.WriteOnly
                        : variable.writable() ? MutabilityEnumType.ReadWrite : MutabilityEnumType.ReadOnly,
                traits.persistent(),
                variable.constant());
        VariableCharacteristicsType characteristics = new VariableCharacteristicsType(
                traits.unit(),
                traits.dataType(),
                traits.min() == null ? null : BigDecimal.valueOf(traits.min()),
                traits.max() == null ? null : BigDecimal.valueOf(traits.max()),
                traits.valuesList(),
                false);
        return new ReportDataType(
                new ComponentType(null, variable.component(), null),
                new VariableType(variable.name(), variable.instance()),
                List.of(actual),
                characteristics);
    }
}
