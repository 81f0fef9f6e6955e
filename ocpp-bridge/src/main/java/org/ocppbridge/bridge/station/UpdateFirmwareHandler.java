package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.bridge.system.SystemUnavailableException;
import org.ocppbridge.mappings.FirmwareMapping;
import org.ocppbridge.mappings.SecurityEventMapping;
import org.ocppbridge.mappings.UnmappableValueException;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareResponse;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType;

/**
 * UpdateFirmware (L01–L04): map to the system's FirmwareUpdateRequest, ask the system, answer; a refused signing
 * certificate is reported as a security event after the answer (L01.FR.02). The system's progress arrives later
 * through {@link StatusReporter}.
 */
final class UpdateFirmwareHandler implements ActionHandler<UpdateFirmwareRequest, UpdateFirmwareResponse> {

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
    public Reply<UpdateFirmwareResponse> handle(UpdateFirmwareRequest request) {
        org.ocppbridge.mappings.system.FirmwareUpdateRequest forSystem;
        try {
            forSystem = FirmwareMapping.toSystem(request);
        } catch (UnmappableValueException refused) {
            return Reply.of(new UpdateFirmwareResponse(UpdateFirmwareStatusEnumType.Rejected, refused.statusInfo()));
        }
        org.ocppbridge.mappings.system.UpdateFirmwareResponse answer;
        try {
            answer = system.updateFirmware(forSystem);
        } catch (SystemUnavailableException unavailable) {
            return Reply.of(UpdateFirmwareResponse.rejected(unavailable.reasonCode(), unavailable.getMessage()));
        }
        UpdateFirmwareResponse response = withReason(FirmwareMapping.toOcpp(answer));
        return Reply.then(response, () -> SecurityEventMapping.forUpdateFirmwareResponse(answer)
                .ifPresent(type -> securityEvents.raise(type, "UpdateFirmware requestId " + request.requestId())));
    }

    /** A refusal says why, when the system tells (the "Rejected, with a statusInfo reason"). */
    private UpdateFirmwareResponse withReason(UpdateFirmwareResponse response) {
        String reasonCode =
                switch (response.status()) {
                    case Accepted, AcceptedCanceled -> null;
                    case Rejected -> "Unspecified";
                    case InvalidCertificate, RevokedCertificate -> "InvalidCertificate";
                };
        if (reasonCode == null || response.statusInfo() != null) {
            return response;
        }
        return new UpdateFirmwareResponse(response.status(), RefusalInfo.of(reasonCode, system.lastRefusalReason()));
    }
}
