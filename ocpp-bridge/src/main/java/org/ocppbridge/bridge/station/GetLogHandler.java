package org.ocppbridge.bridge.station;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.LogMapping;
import org.ocppbridge.mappings.UnmappableValueException;
import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;

/**
 * GetLog (N01): map to the system's UploadLogsRequest, ask the system, answer with its file name when it has
 * decided. The upload's progress arrives later through {@link StatusReporter}.
 */
final class GetLogHandler implements ActionResponder<GetLogRequest, GetLogResponse> {

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
    public CompletionStage<Reply<GetLogResponse>> respond(GetLogRequest request) {
        org.ocppbridge.mappings.system.UploadLogsRequest forSystem;
        try {
            forSystem = LogMapping.toSystem(request);
        } catch (UnmappableValueException refused) {
            return CompletableFuture.completedStage(
                    Reply.of(new GetLogResponse(LogStatusEnumType.Rejected, refused.statusInfo(), null)));
        }
        return system.uploadLogs(forSystem).thenApply(decision -> {
            GetLogResponse response = LogMapping.toOcpp(decision.answer());
            if (response.status() == LogStatusEnumType.Rejected && response.statusInfo() == null) {
                response = new GetLogResponse(
                        response.status(),
                        RefusalInfo.of(decision.reasonCode().orElse("Unspecified"), decision.reason()),
                        response.filename());
            }
            return Reply.of(response);
        });
    }
}
