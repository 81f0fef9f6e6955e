package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.RequestStartStopStatusEnumType;
import org.ocppbridge.mappings.ocpp.RequestStopTransactionRequest;
import org.ocppbridge.mappings.ocpp.RequestStopTransactionResponse;
import org.ocppbridge.mappings.ocpp.StatusInfoType;

/**
 * RequestStopTransaction (F03): the bridge has no EVSEs and so no transaction to stop; every request is answered
 * Rejected (F03.FR.08: an unknown transactionId), which is better than CALLERROR NotSupported for a Core message.
 */
final class RequestStopTransactionHandler
        implements ActionHandler<RequestStopTransactionRequest, RequestStopTransactionResponse> {

    private static final ActionDefinition<RequestStopTransactionRequest, RequestStopTransactionResponse> DEFINITION =
            new ActionDefinition<>(
                    "RequestStopTransaction",
                    RequestStopTransactionRequest.class,
                    RequestStopTransactionResponse.class);

    @Override
    public ActionDefinition<RequestStopTransactionRequest, RequestStopTransactionResponse> definition() {
        return DEFINITION;
    }

    @Override
    public Reply<RequestStopTransactionResponse> handle(RequestStopTransactionRequest request) {
        return Reply.of(new RequestStopTransactionResponse(
                RequestStartStopStatusEnumType.Rejected,
                new StatusInfoType("UnknownTransaction", "this station has no EVSEs and no transactions")));
    }
}
