package org.ocppbridge.mappings.ocpp;

import java.util.List;

/** {@code GetVariablesRequest}: at least one variable to read; the list is copied and immutable. */
public record GetVariablesRequest(List<GetVariableDataType> getVariableData) {

    public GetVariablesRequest {
        getVariableData = Constraints.nonEmptyCopy(getVariableData, "GetVariablesRequest", "getVariableData");
    }
}
