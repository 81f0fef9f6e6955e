package org.ocppbridge.mappings.ocpp;

import java.util.List;

/** {@code SetVariablesResponse}: one result per variable; the list is copied and immutable. */
public record SetVariablesResponse(List<SetVariableResultType> setVariableResult) {

    public SetVariablesResponse {
        setVariableResult = Constraints.nonEmptyCopy(setVariableResult, "SetVariablesResponse", "setVariableResult");
    }
}
