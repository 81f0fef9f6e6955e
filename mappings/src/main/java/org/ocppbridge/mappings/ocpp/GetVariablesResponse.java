package org.ocppbridge.mappings.ocpp;

import java.util.List;

/** {@code GetVariablesResponse}: one result per requested variable; the list is copied and immutable. */
public record GetVariablesResponse(List<GetVariableResultType> getVariableResult) {

    public GetVariablesResponse {
        getVariableResult = Constraints.nonEmptyCopy(getVariableResult, "GetVariablesResponse", "getVariableResult");
    }
}
