package org.ocppbridge.bridge.rpc;

import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetResponse;

/** Small handlers for RPC tests: one that accepts, one that fails like a bug would. */
final class TestHandlers {

    private TestHandlers() {}

    static ActionHandler<ResetRequest, ResetResponse> acceptingReset() {
        return handler(
                new ActionDefinition<>("Reset", ResetRequest.class, ResetResponse.class), ResetResponse.accepted());
    }

    static ActionHandler<GetLogRequest, GetLogResponse> acceptingGetLog() {
        return handler(
                new ActionDefinition<>("GetLog", GetLogRequest.class, GetLogResponse.class),
                new GetLogResponse(LogStatusEnumType.Accepted, null, "log.tar.gz"));
    }

    static ActionHandler<GetLogRequest, GetLogResponse> failingGetLog() {
        return new ActionHandler<>() {
            @Override
            public ActionDefinition<GetLogRequest, GetLogResponse> definition() {
                return new ActionDefinition<>("GetLog", GetLogRequest.class, GetLogResponse.class);
            }

            @Override
            public Reply<GetLogResponse> handle(GetLogRequest request) {
                throw new IllegalStateException("a bug in the handler");
            }
        };
    }

    private static <Q, R> ActionHandler<Q, R> handler(ActionDefinition<Q, R> definition, R response) {
        return new ActionHandler<>() {
            @Override
            public ActionDefinition<Q, R> definition() {
                return definition;
            }

            @Override
            public Reply<R> handle(Q request) {
                return Reply.of(response);
            }
        };
    }
}
