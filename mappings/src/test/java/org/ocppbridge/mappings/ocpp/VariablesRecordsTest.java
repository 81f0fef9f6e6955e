package org.ocppbridge.mappings.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class VariablesRecordsTest {

    private static final ComponentType COMPONENT = new ComponentType(null, "OCPPCommCtrlr", null);
    private static final VariableType VARIABLE = new VariableType("OfflineThreshold", null);

    private static void violates(String type, String field, Executable build) {
        OcppConstraintException e = assertThrows(OcppConstraintException.class, build);
        assertEquals(type + "." + field, e.type() + "." + e.field());
    }

    @Test
    void TC_P_03_a_SetVariables_and_GetVariables_for_OfflineThreshold_can_be_built() {
        SetVariablesRequest set = new SetVariablesRequest(
                List.of(new SetVariableDataType(AttributeEnumType.Actual, "200", COMPONENT, VARIABLE)));
        GetVariablesResponse got = new GetVariablesResponse(List.of(new GetVariableResultType(
                GetVariableStatusEnumType.Accepted, null, AttributeEnumType.Actual, "200", COMPONENT, VARIABLE)));
        assertEquals("200", set.setVariableData().get(0).attributeValue());
        assertEquals("200", got.getVariableResult().get(0).attributeValue());
    }

    @Test
    void lists_need_at_least_one_element_and_no_null() {
        violates("GetVariablesRequest", "getVariableData", () -> new GetVariablesRequest(List.of()));
        violates("GetVariablesRequest", "getVariableData", () -> new GetVariablesRequest(null));
        violates(
                "SetVariablesRequest",
                "setVariableData",
                () -> new SetVariablesRequest(Arrays.asList((SetVariableDataType) null)));
        violates("GetVariablesResponse", "getVariableResult", () -> new GetVariablesResponse(List.of()));
        violates("SetVariablesResponse", "setVariableResult", () -> new SetVariablesResponse(List.of()));
    }

    @Test
    void lists_are_copied_so_the_record_stays_immutable() {
        List<GetVariableDataType> data = new ArrayList<>();
        data.add(new GetVariableDataType(null, COMPONENT, VARIABLE));
        GetVariablesRequest request = new GetVariablesRequest(data);
        data.clear();
        assertEquals(1, request.getVariableData().size());
        assertThrows(UnsupportedOperationException.class, () -> request.getVariableData()
                .clear());
    }

    @Test
    void names_values_and_required_parts_are_checked_and_named() {
        violates("ComponentType", "name", () -> new ComponentType(null, null, null));
        violates("ComponentType", "name", () -> new ComponentType(null, "c".repeat(51), null));
        violates("ComponentType", "instance", () -> new ComponentType(null, "c", "i".repeat(51)));
        violates("VariableType", "name", () -> new VariableType("v".repeat(51), null));
        violates("VariableType", "instance", () -> new VariableType("v", "i".repeat(51)));
        violates(
                "SetVariableDataType",
                "attributeValue",
                () -> new SetVariableDataType(null, "x".repeat(1001), COMPONENT, VARIABLE));
        violates(
                "SetVariableDataType",
                "attributeValue",
                () -> new SetVariableDataType(null, null, COMPONENT, VARIABLE));
        violates("SetVariableDataType", "component", () -> new SetVariableDataType(null, "1", null, VARIABLE));
        violates("GetVariableDataType", "variable", () -> new GetVariableDataType(null, COMPONENT, null));
        violates(
                "GetVariableResultType",
                "attributeValue",
                () -> new GetVariableResultType(
                        GetVariableStatusEnumType.Accepted, null, null, "x".repeat(2501), COMPONENT, VARIABLE));
        violates(
                "GetVariableResultType",
                "attributeStatus",
                () -> new GetVariableResultType(null, null, null, null, COMPONENT, VARIABLE));
        violates(
                "SetVariableResultType",
                "attributeStatus",
                () -> new SetVariableResultType(null, null, null, COMPONENT, VARIABLE));
        violates(
                "SetVariableResultType",
                "variable",
                () -> new SetVariableResultType(null, SetVariableStatusEnumType.RebootRequired, null, COMPONENT, null));
    }
}
