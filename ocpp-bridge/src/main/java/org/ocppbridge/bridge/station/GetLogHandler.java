package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.SystemUnavailableException;
import org.ocppbridge.mappings.LogMapping;
import org.ocppbridge.mappings.UnmappableValueException;
import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;

/**
 * GetLog (N01): map to the system's UploadLogsRequest, ask the system, answer with its file name. The upload's
 * progress arrives later through {@link StatusReporter}.
 */
final class GetLogHandler implements ActionHandler<GetLogRequest, GetLogResponse> {

    private static final ActionDefinition<GetLogRequest, GetLogResponse> DEFINITION =
            new ActionDefinition<>("GetLog", GetLogRequest.class, GetLogResponse.class);

    private final ChargerSystem system;

    GetLogHandler(ChargerSystem system) {
        this.system = system;
    }

    @Override
    public ActionDefinition<GetLogRequest, GetLogResponse> definition() {
        return DEFINITION;
    }

    @Override
    public Reply<GetLogResponse> handle(GetLogRequest request) {
        org.ocppbridge.mappings.system.UploadLogsRequest forSystem;
        try {
            forSystem = LogMapping.toSystem(request);
        } catch (UnmappableValueException refused) {
            return Reply.of(new GetLogResponse(LogStatusEnumType.Rejected, refused.statusInfo(), null));
        }
        GetLogResponse response;
        try {
            response = LogMapping.toOcpp(system.uploadLogs(forSystem));
        } catch (SystemUnavailableException unavailable) {
            return Reply.of(new GetLogResponse(
                    LogStatusEnumType.Rejected,
                    new StatusInfoType(unavailable.reasonCode(), unavailable.getMessage()),
                    null));
        }
        if (response.status() == LogStatusEnumType.Rejected && response.statusInfo() == null) {
            response = new GetLogResponse(
                    response.status(), RefusalInfo.of("Unspecified", system.lastRefusalReason()), response.filename());
        }
        return Reply.of(response);
    }
}
