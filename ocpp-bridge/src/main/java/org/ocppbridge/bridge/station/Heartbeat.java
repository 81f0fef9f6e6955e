package org.ocppbridge.bridge.station;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.RpcSession;
import org.ocppbridge.mappings.ocpp.HeartbeatRequest;
import org.ocppbridge.mappings.ocpp.HeartbeatResponse;

/**
 * Sends a Heartbeat every interval once the boot is Accepted (B01.FR.04), and on a TriggerMessage. The CSMS's time
 * in each answer goes to the system ({@code set_system_time}). Runs on the core thread.
 */
final class Heartbeat implements DeviceModel.HeartbeatInterval {

    private final RpcSession rpc;
    private final ScheduledExecutorService core;
    private final Duration defaultInterval;
    private final Consumer<Instant> csmsTime;
    private final StationObserver observer;
    private ScheduledFuture<?> timer;
    /** The interval in use (the device model's OCPPCommCtrlr.HeartbeatInterval). */
    private long seconds;

    Heartbeat(StationContext context, Duration defaultInterval, Consumer<Instant> csmsTime) {
        this.rpc = context.rpc();
        this.core = context.core();
        this.defaultInterval = defaultInterval;
        this.csmsTime = csmsTime;
        this.observer = context.observer();
        this.seconds = defaultInterval.toSeconds();
    }

    /** Starts the timer; an interval of 0 from the CSMS means the bridge's documented default. */
    void start(int intervalSeconds) {
        stop();
        seconds = intervalSeconds > 0 ? intervalSeconds : defaultInterval.toSeconds();
        schedule();
    }

    /** A reconnect without a new boot (Part 4 §5.3): the timer starts again with the interval in use. */
    void resume() {
        stop();
        schedule();
    }

    @Override
    public int seconds() {
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    /** SetVariables HeartbeatInterval: used from now on; a running timer starts over with it. */
    @Override
    public void change(int newSeconds) {
        seconds = newSeconds;
        if (timer != null) {
            timer.cancel(false);
            schedule();
        }
    }

    private void schedule() {
        long period = TimeUnit.SECONDS.toMillis(seconds);
        timer = core.scheduleAtFixedRate(this::send, period, period, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Sends one Heartbeat now (F06: a triggered one). */
    void send() {
        rpc.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class).whenComplete((response, failure) -> {
            if (failure == null) {
                csmsTime.accept(response.currentTime());
            } else {
                observer.unexpectedError("Heartbeat", failure);
            }
        });
    }
}
