package org.ocppbridge.mappings.ocpp;

import java.util.List;

/** {@code SetVariablesRequest}: at least one variable to set; the list is copied and immutable. */
public record SetVariablesRequest(List<SetVariableDataType> setVariableData) {

    public SetVariablesRequest {
        setVariableData = Constraints.nonEmptyCopy(setVariableData, "SetVariablesRequest", "setVariableData");
    }
}
