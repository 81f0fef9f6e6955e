package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.RequestStartStopStatusEnumType;
import org.ocppbridge.mappings.ocpp.RequestStartTransactionRequest;
import org.ocppbridge.mappings.ocpp.RequestStartTransactionResponse;
import org.ocppbridge.mappings.ocpp.StatusInfoType;

/**
 * RequestStartTransaction (F01): the bridge has no EVSEs and starts no transactions, so every request is answered
 * Rejected, Pending or not (TC_B_02 step 7 expects exactly that while the boot is Pending).
 */
final class RequestStartTransactionHandler
        implements ActionHandler<RequestStartTransactionRequest, RequestStartTransactionResponse> {

    private static final ActionDefinition<RequestStartTransactionRequest, RequestStartTransactionResponse> DEFINITION =
            new ActionDefinition<>(
                    "RequestStartTransaction",
                    RequestStartTransactionRequest.class,
                    RequestStartTransactionResponse.class);

    @Override
    public ActionDefinition<RequestStartTransactionRequest, RequestStartTransactionResponse> definition() {
        return DEFINITION;
    }

    @Override
    public Reply<RequestStartTransactionResponse> handle(RequestStartTransactionRequest request) {
        return Reply.of(new RequestStartTransactionResponse(
                RequestStartStopStatusEnumType.Rejected,
                new StatusInfoType("NoEVSE", "this station has no EVSEs and starts no transactions"),
                null));
    }
}
