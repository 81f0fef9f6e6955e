package org.ocppbridge.bridge.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.LogStatus;

/**
 * Forwards the system's variables to the station's listener; holds those reported before the listener is set
 * (a charger may connect, or a resumed job report, before the station starts), so none is lost. Thread-safe.
 */
public final class HeldListener implements ChargerSystem.Listener {

    private ChargerSystem.Listener listener;
    private final List<Consumer<ChargerSystem.Listener>> early = new ArrayList<>();

    @Override
    public void onFirmwareUpdateStatus(FirmwareUpdateStatus status) {
        deliver(l -> l.onFirmwareUpdateStatus(status));
    }

    @Override
    public void onLogStatus(LogStatus status) {
        deliver(l -> l.onLogStatus(status));
    }

    /** Sets the listener and hands it what was held, in the order it was reported. */
    public void bind(ChargerSystem.Listener newListener) {
        List<Consumer<ChargerSystem.Listener>> held;
        synchronized (this) {
            listener = newListener;
            held = List.copyOf(early);
            early.clear();
        }
        held.forEach(report -> report.accept(newListener));
    }

    private void deliver(Consumer<ChargerSystem.Listener> report) {
        ChargerSystem.Listener current;
        synchronized (this) {
            current = listener;
            if (current == null) {
                early.add(report);
                return;
            }
        }
        report.accept(current);
    }
}
