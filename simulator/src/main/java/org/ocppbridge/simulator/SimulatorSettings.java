package org.ocppbridge.simulator;

import java.time.Clock;
import java.util.Objects;
import org.ocppbridge.simulator.wire.OcppSubprotocol;

/** The behaviours of the simulator a test may change while it runs. Thread-safe. */
final class SimulatorSettings {

    private final Clock clock;
    private volatile String selectedSubprotocol = OcppSubprotocol.OCPP201;
    private volatile boolean respondToPings = true;

    SimulatorSettings(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    String selectedSubprotocol() {
        return selectedSubprotocol;
    }

    void selectSubprotocol(String subprotocol) {
        selectedSubprotocol = subprotocol == null ? "" : subprotocol;
    }

    boolean respondToPings() {
        return respondToPings;
    }

    void respondToPings(boolean respond) {
        respondToPings = respond;
    }
}
