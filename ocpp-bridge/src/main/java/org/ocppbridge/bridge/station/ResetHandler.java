package org.ocppbridge.bridge.station;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.bridge.system.ChargerSystem;
import org.ocppbridge.mappings.ResetMapping;
import org.ocppbridge.mappings.UnmappableValueException;
import org.ocppbridge.mappings.ocpp.ResetEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetResponse;
import org.ocppbridge.mappings.system.ResetType;

/**
 * Reset (B11, B12): ask the system whether it may reset, answer when it has decided, and only then reset. OnIdle while a firmware
 * update or a log upload is at work is answered Scheduled, kept on disk, and happens when the work ends (reason
 * ScheduledReset); an update that only waits for its time (DownloadScheduled, InstallScheduled) does not hold it.
 */
final class ResetHandler implements ActionResponder<ResetRequest, ResetResponse> {

    private static final ActionDefinition<ResetRequest, ResetResponse> DEFINITION =
            new ActionDefinition<>("Reset", ResetRequest.class, ResetResponse.class);

    private final ChargerSystem system;
    private final Resets resets;

    ResetHandler(ChargerSystem system, Resets resets) {
        this.system = system;
        this.resets = resets;
    }

    @Override
    public ActionDefinition<ResetRequest, ResetResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<ResetResponse>> respond(ResetRequest request) {
        ResetType type;
        if (request.evseId() != null && system.canResetEvse(request.evseId())) {
            type = ResetMapping.toSystem(request.type());
        } else {
            try {
                // B11.FR.09 / B12.FR.09: an EVSE reset the system cannot do is Rejected, reasonCode UnknownEvse.
                type = ResetMapping.toSystem(request);
            } catch (UnmappableValueException refused) {
                return CompletableFuture.completedStage(Reply.of(new ResetResponse(
                        org.ocppbridge.mappings.ocpp.ResetStatusEnumType.Rejected, refused.statusInfo())));
            }
        }
        return system.isResetAllowed(type).thenApply(decision -> {
            if (!decision.answer()) {
                String reason = decision.reason().orElse("The charger does not allow a reset now");
                return Reply.of(new ResetResponse(
                        org.ocppbridge.mappings.ocpp.ResetStatusEnumType.Rejected,
                        RefusalInfo.of(decision.reasonCode().orElse("NotEnabled"), Optional.of(reason))));
            }
            if (request.type() == ResetEnumType.OnIdle && resets.busy()) {
                resets.keepScheduled(type); // on disk before the answer says Scheduled (issue 14, point 12)
                return Reply.then(ResetResponse.scheduled(), () -> resets.resetWhenIdle(type));
            }
            return Reply.then(ResetResponse.accepted(), () -> resets.resetNow(type));
        });
    }
}
