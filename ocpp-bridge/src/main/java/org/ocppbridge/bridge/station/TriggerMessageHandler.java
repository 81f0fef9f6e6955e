package org.ocppbridge.bridge.station;

import org.ocppbridge.bridge.queue.Retention;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.FirmwareStatusMapping;
import org.ocppbridge.mappings.LogStatusMapping;
import org.ocppbridge.mappings.ocpp.FirmwareStatusEnumType;
import org.ocppbridge.mappings.ocpp.FirmwareStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.LogStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.TriggerMessageRequest;
import org.ocppbridge.mappings.ocpp.TriggerMessageResponse;
import org.ocppbridge.mappings.ocpp.UploadLogStatusEnumType;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;
import org.ocppbridge.mappings.system.LogStatus;

/**
 * TriggerMessage (F06): the response leaves first, then the triggered message (F06.FR.04). Runs on the core
 * thread.
 */
final class TriggerMessageHandler implements ActionHandler<TriggerMessageRequest, TriggerMessageResponse> {

    private static final ActionDefinition<TriggerMessageRequest, TriggerMessageResponse> DEFINITION =
            new ActionDefinition<>("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class);

    private final Registration registration;
    private final Heartbeat heartbeat;
    private final Outbox outbox;
    private final FirmwareStatusTracker firmware;
    private final LogStatusTracker logs;
    private final CertificateRenewal renewal;

    TriggerMessageHandler(
            Registration registration,
            Heartbeat heartbeat,
            Outbox outbox,
            FirmwareStatusTracker firmware,
            LogStatusTracker logs,
            CertificateRenewal renewal) {
        this.renewal = renewal;
        this.registration = registration;
        this.heartbeat = heartbeat;
        this.outbox = outbox;
        this.firmware = firmware;
        this.logs = logs;
    }

    @Override
    public ActionDefinition<TriggerMessageRequest, TriggerMessageResponse> definition() {
        return DEFINITION;
    }

    @Override
    public Reply<TriggerMessageResponse> handle(TriggerMessageRequest request) {
        boolean accepted = registration.state() == RegistrationState.ACCEPTED;
        return switch (request.requestedMessage()) {
            case BootNotification ->
                accepted
                        // F06.FR.17: no BootNotification on request once Accepted.
                        ? Reply.of(
                                TriggerMessageResponse.rejected("Unspecified", "BootNotification was already Accepted"))
                        // B02.FR.05 / TC_B_02: while Pending, a triggered BootNotification goes out at once.
                        : Reply.then(TriggerMessageResponse.accepted(), registration::triggered);
            case Heartbeat ->
                accepted ? Reply.then(TriggerMessageResponse.accepted(), heartbeat::send) : notWhileUnregistered();
            // TC_F_17: the evse field is irrelevant for this message and ignored.
            case FirmwareStatusNotification ->
                accepted
                        ? Reply.then(TriggerMessageResponse.accepted(), this::sendFirmwareStatus)
                        : notWhileUnregistered();
            case LogStatusNotification ->
                accepted ? Reply.then(TriggerMessageResponse.accepted(), this::sendLogStatus) : notWhileUnregistered();
            // A02 (TC_A_11): the SignCertificateRequest follows the answer.
            case SignChargingStationCertificate ->
                accepted ? Reply.then(TriggerMessageResponse.accepted(), renewal::start) : notWhileUnregistered();
            // F06.FR.08 / TC_F_27: anything the bridge cannot produce.
            case MeterValues,
                    SignV2GCertificate,
                    StatusNotification,
                    TransactionEvent,
                    SignCombinedCertificate,
                    PublishFirmwareStatusNotification -> Reply.of(TriggerMessageResponse.notImplemented());
        };
    }

    private static Reply<TriggerMessageResponse> notWhileUnregistered() {
        // B02.FR.02: while Pending the station sends nothing but what the CSMS may ask for.
        return Reply.of(TriggerMessageResponse.rejected("CSNotAccepted", "Station is not registered yet"));
    }

    private void sendFirmwareStatus() {
        FirmwareUpdateStatus last = firmware.lastReported();
        FirmwareStatusNotificationRequest notification;
        if (last == null
                || last.firmwareUpdateStatus() == FirmwareUpdateStatusEnum.Idle
                || last.firmwareUpdateStatus() == FirmwareUpdateStatusEnum.Installed) {
            // L01.FR.25: Idle, without requestId, when nothing was ever reported (and after Installed).
            notification = new FirmwareStatusNotificationRequest(FirmwareStatusEnumType.Idle, null);
        } else {
            // L01.FR.26: otherwise the last status sent, with its update's requestId, also after a restart.
            notification = FirmwareStatusMapping.toOcpp(last);
        }
        outbox.enqueue("FirmwareStatusNotification", notification, Retention.DROPPABLE);
    }

    private void sendLogStatus() {
        LogStatus uploading = logs.uploading();
        LogStatusNotificationRequest notification = uploading != null
                // TC_F_16: Uploading again, with the running upload's requestId.
                ? LogStatusMapping.toOcpp(uploading)
                // TC_F_15: Idle, without requestId.
                : new LogStatusNotificationRequest(UploadLogStatusEnumType.Idle, null);
        outbox.enqueue("LogStatusNotification", notification, Retention.DROPPABLE);
    }
}
