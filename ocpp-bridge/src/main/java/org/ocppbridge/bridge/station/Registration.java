package org.ocppbridge.bridge.station;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.rpc.IncomingCallGate;
import org.ocppbridge.bridge.rpc.RpcSession;
import org.ocppbridge.mappings.BootMapping;
import org.ocppbridge.mappings.ocpp.BootNotificationRequest;
import org.ocppbridge.mappings.ocpp.BootNotificationResponse;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.mappings.ocpp.ChargingStationType;

/**
 * The boot sequence of one life: BootNotification first on a connection until the CSMS has Accepted it, nothing else
 * before Accepted, a new BootNotification after the CSMS's interval while Pending or Rejected, and the gate that
 * refuses the CSMS's calls the registration state does not allow. Once Accepted, a reconnect sends no new
 * BootNotification (Part 4 §5.3: none of its fields changed within this life); the station carries on as
 * Accepted. A real restart is a new life and a new Registration.
 *
 * <p>Runs on the core thread.
 */
final class Registration implements IncomingCallGate {

    /** B02.FR.09 / TC_B_02: what the CSMS may ask while the station is Pending (or waiting for the answer). */
    private static final Set<String> ALLOWED_WHILE_PENDING = Set.of(
            "GetVariables",
            "SetVariables",
            "TriggerMessage",
            "GetBaseReport",
            "GetReport",
            "RequestStartTransaction",
            "RequestStopTransaction");

    /** What the registration tells the rest of the station. */
    interface Listener {
        void accepted(int interval, Instant csmsTime);

        /** A reconnect after the boot of this life was Accepted: carry on without a BootNotification. */
        void resumed();

        void notAccepted(RegistrationState state);
    }

    private final RpcSession rpc;
    private final ScheduledExecutorService core;
    private final ChargingStationType chargingStation;
    private final Duration defaultRetry;
    private final StationObserver observer;
    private final Listener listener;

    private RegistrationState state = RegistrationState.DISCONNECTED;
    private BootReasonEnumType bootReason;
    private ScheduledFuture<?> retry;
    private long generation;
    /** The CSMS accepted a BootNotification of this life (Part 4 §5.3: no new one on a reconnect). */
    private boolean acceptedInThisLife;

    Registration(StationContext context, StationSettings settings, Listener listener) {
        this.rpc = context.rpc();
        this.core = context.core();
        this.chargingStation = settings.chargingStation();
        this.bootReason = BootMapping.toOcpp(settings.bootReason());
        this.defaultRetry = settings.defaultBootRetry();
        this.observer = context.observer();
        this.listener = listener;
    }

    RegistrationState state() {
        return state;
    }

    /**
     * B01.FR.01: the first CALL of a boot is a BootNotification, on every connection until one is Accepted; after
     * that a reconnect sends none (Part 4 §5.3) and the heartbeat and the queue resume at once.
     */
    void connected() {
        generation++;
        if (acceptedInThisLife) {
            state = RegistrationState.ACCEPTED; // Part 4 §5.3: no BootNotification on a plain reconnect
            listener.resumed();
            return;
        }
        state = RegistrationState.BOOTING;
        sendBoot(bootReason);
    }

    void disconnected() {
        generation++;
        cancelRetry();
        state = RegistrationState.DISCONNECTED;
    }

    /**
     * TriggerMessage BootNotification while not yet Accepted (B02.FR.05 / TC_B_02): a BootNotification with
     * reason Triggered goes out at once, not after the interval.
     */
    void triggered() {
        cancelRetry();
        state = RegistrationState.BOOTING;
        sendBoot(BootReasonEnumType.Triggered);
    }

    @Override
    public Optional<String> refusal(String action) {
        return switch (state) {
            case ACCEPTED -> Optional.empty();
            // ER B03.FR.08: while Rejected, every CSMS-initiated message gets SecurityError.
            case REJECTED -> Optional.of("Station is not registered: its BootNotification was Rejected");
            case BOOTING, PENDING, DISCONNECTED ->
                ALLOWED_WHILE_PENDING.contains(action)
                        ? Optional.empty()
                        : Optional.of("Station is not registered yet: its BootNotification is not Accepted");
        };
    }

    private void sendBoot(BootReasonEnumType reason) {
        long sentIn = generation;
        observer.bootSent(reason);
        rpc.call(
                        "BootNotification",
                        new BootNotificationRequest(chargingStation, reason),
                        BootNotificationResponse.class)
                .whenComplete((response, failure) -> {
                    if (sentIn != generation) {
                        return;
                    }
                    if (failure != null) {
                        observer.bootFailed(failure);
                        scheduleRetry(defaultRetry);
                    } else {
                        onResponse(response);
                    }
                });
    }

    private void onResponse(BootNotificationResponse response) {
        Duration interval = response.interval() > 0 ? Duration.ofSeconds(response.interval()) : defaultRetry;
        switch (response.status()) {
            case Accepted -> {
                state = RegistrationState.ACCEPTED;
                acceptedInThisLife = true;
                observer.bootAccepted(response.interval());
                listener.accepted(response.interval(), response.currentTime());
            }
            case Pending -> {
                state = RegistrationState.PENDING;
                listener.notAccepted(state);
                scheduleRetry(interval);
            }
            case Rejected -> {
                state = RegistrationState.REJECTED;
                listener.notAccepted(state);
                // B03.FR.06: the next BootNotification only after the interval, and nothing else meanwhile.
                scheduleRetry(interval);
            }
        }
    }

    private void scheduleRetry(Duration delay) {
        cancelRetry();
        long scheduledIn = generation;
        retry = core.schedule(
                () -> {
                    if (scheduledIn == generation && state != RegistrationState.ACCEPTED && rpc.isAttached()) {
                        state = RegistrationState.BOOTING;
                        sendBoot(bootReason);
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }
}
