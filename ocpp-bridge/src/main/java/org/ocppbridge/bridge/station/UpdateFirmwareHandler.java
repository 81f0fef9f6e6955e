package org.ocppbridge.bridge.station;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.mappings.FirmwareMapping;
import org.ocppbridge.mappings.SecurityEventMapping;
import org.ocppbridge.mappings.UnmappableValueException;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareResponse;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType;

/**
 * UpdateFirmware (L01–L04): map to the system's FirmwareUpdateRequest, ask the system, answer when it has
 * decided; a refused signing certificate is reported as a security event after the answer (L01.FR.02). The
 * system's progress arrives later through {@link StatusReporter}.
 */
final class UpdateFirmwareHandler implements ActionResponder<UpdateFirmwareRequest, UpdateFirmwareResponse> {

    private static final ActionDefinition<UpdateFirmwareRequest, UpdateFirmwareResponse> DEFINITION =
            new ActionDefinition<>("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class);

    private final ChargerSystem system;
    private final SecurityEvents securityEvents;

    UpdateFirmwareHandler(ChargerSystem system, SecurityEvents securityEvents) {
        this.system = system;
        this.securityEvents = securityEvents;
    }

    @Override
    public ActionDefinition<UpdateFirmwareRequest, UpdateFirmwareResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<UpdateFirmwareResponse>> respond(UpdateFirmwareRequest request) {
        org.ocppbridge.mappings.system.FirmwareUpdateRequest forSystem;
        try {
            forSystem = FirmwareMapping.toSystem(request);
        } catch (UnmappableValueException refused) {
            return CompletableFuture.completedStage(
                    Reply.of(new UpdateFirmwareResponse(UpdateFirmwareStatusEnumType.Rejected, refused.statusInfo())));
        }
        return system.updateFirmware(forSystem).thenApply(decision -> {
            org.ocppbridge.mappings.system.UpdateFirmwareResponse answer = decision.answer();
            return Reply.then(
                    withReason(FirmwareMapping.toOcpp(answer), decision),
                    () -> SecurityEventMapping.forUpdateFirmwareResponse(answer)
                            .ifPresent(type ->
                                    securityEvents.raise(type, "UpdateFirmware requestId " + request.requestId())));
        });
    }

    /** A refusal says why, when the system tells (the "Rejected, with a statusInfo reason"). */
    private static UpdateFirmwareResponse withReason(
            UpdateFirmwareResponse response, Decision<org.ocppbridge.mappings.system.UpdateFirmwareResponse> decision) {
        String reasonCode =
                switch (response.status()) {
                    case Accepted, AcceptedCanceled -> null;
                    case Rejected -> "Unspecified";
                    case InvalidCertificate, RevokedCertificate -> "InvalidCertificate";
                };
        if (reasonCode == null || response.statusInfo() != null) {
            return response;
        }
        return new UpdateFirmwareResponse(
                response.status(), RefusalInfo.of(decision.reasonCode().orElse(reasonCode), decision.reason()));
    }
}
