package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.CallErrorException;
import org.ocppbridge.bridge.rpc.ErrorCode;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.SetVariablesRequest;
import org.ocppbridge.mappings.ocpp.SetVariablesResponse;

/** SetVariables (B05): one result per item, in the request's order, each stored before the answer leaves; allowed
 * while Pending (B02). */
final class SetVariablesHandler implements ActionHandler<SetVariablesRequest, SetVariablesResponse> {

    private static final ActionDefinition<SetVariablesRequest, SetVariablesResponse> DEFINITION =
            new ActionDefinition<>("SetVariables", SetVariablesRequest.class, SetVariablesResponse.class);

    private final DeviceModel deviceModel;

    SetVariablesHandler(DeviceModel deviceModel) {
        this.deviceModel = deviceModel;
    }

    @Override
    public ActionDefinition<SetVariablesRequest, SetVariablesResponse> definition() {
        return DEFINITION;
    }

    @Override
    public int requestByteLimit() {
        return DeviceModel.BYTES_PER_MESSAGE; // DeviceDataCtrlr.BytesPerMessage[SetVariables], as B06.FR.17
    }

    @Override
    public Reply<SetVariablesResponse> handle(SetVariablesRequest request) {
        if (request.setVariableData().size() > DeviceModel.ITEMS_PER_MESSAGE) {
            // DeviceDataCtrlr.ItemsPerMessage[SetVariables], answered as B06.FR.16 (B05.FR.11 binds the CSMS to it).
            throw new CallErrorException(
                    ErrorCode.OccurrenceConstraintViolation,
                    "at most " + DeviceModel.ITEMS_PER_MESSAGE + " setVariableData per request");
        }
        SetVariablesResponse response = new SetVariablesResponse(
                request.setVariableData().stream().map(deviceModel::set).toList());
        // A01: a new password is used by a new connection, made once this answer has left.
        return Reply.then(response, deviceModel.takeAfterAnswer());
    }
}
