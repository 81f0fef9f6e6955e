package org.ocppbridge.bridge.runtime;

import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * Passes every station event on, and starts {@link StartupWarmup#afterBoot} at the first accepted BootNotification
 * of this life: not before, so the warm-up never competes with the start-up for the CPU (issue 18).
 */
final class AfterBootWarmup implements StationObserver {

    private final StationObserver next;
    private final JsonSchemas schemas;
    private final Runnable system;
    private boolean started; // events come on the core thread only

    AfterBootWarmup(StationObserver next, JsonSchemas schemas, Runnable system) {
        this.next = next;
        this.schemas = schemas;
        this.system = system;
    }

    @Override
    public void bootAccepted(int interval) {
        next.bootAccepted(interval);
        if (!started) {
            started = true;
            StartupWarmup.afterBoot(schemas, system);
        }
    }

    @Override
    public void connected() {
        next.connected();
    }

    @Override
    public void disconnected(String why) {
        next.disconnected(why);
    }

    @Override
    public void bootSent(BootReasonEnumType reason) {
        next.bootSent(reason);
    }

    @Override
    public void bootFailed(Throwable failure) {
        next.bootFailed(failure);
    }

    @Override
    public void notificationDelivered(String action, long sequence) {
        next.notificationDelivered(action, sequence);
    }

    @Override
    public void unexpectedError(String where, Throwable error) {
        next.unexpectedError(where, error);
    }
}
