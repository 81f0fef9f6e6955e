package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.CallErrorException;
import org.ocppbridge.bridge.rpc.ErrorCode;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.GetVariablesRequest;
import org.ocppbridge.mappings.ocpp.GetVariablesResponse;

/** GetVariables (B06): one result per item, in the request's order; allowed while Pending (B02). */
final class GetVariablesHandler implements ActionHandler<GetVariablesRequest, GetVariablesResponse> {

    private static final ActionDefinition<GetVariablesRequest, GetVariablesResponse> DEFINITION =
            new ActionDefinition<>("GetVariables", GetVariablesRequest.class, GetVariablesResponse.class);

    private final DeviceModel deviceModel;

    GetVariablesHandler(DeviceModel deviceModel) {
        this.deviceModel = deviceModel;
    }

    @Override
    public ActionDefinition<GetVariablesRequest, GetVariablesResponse> definition() {
        return DEFINITION;
    }

    @Override
    public int requestByteLimit() {
        return DeviceModel.BYTES_PER_MESSAGE; // DeviceDataCtrlr.BytesPerMessage: B06.FR.17
    }

    @Override
    public Reply<GetVariablesResponse> handle(GetVariablesRequest request) {
        if (request.getVariableData().size() > DeviceModel.ITEMS_PER_MESSAGE) {
            // B06.FR.16: more than DeviceDataCtrlr.ItemsPerMessage[GetVariables].
            throw new CallErrorException(
                    ErrorCode.OccurrenceConstraintViolation,
                    "at most " + DeviceModel.ITEMS_PER_MESSAGE + " getVariableData per request");
        }
        return Reply.of(new GetVariablesResponse(
                request.getVariableData().stream().map(deviceModel::get).toList()));
    }
}
