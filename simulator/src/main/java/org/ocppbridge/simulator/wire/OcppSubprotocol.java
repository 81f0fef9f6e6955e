package org.ocppbridge.simulator.wire;

import java.util.Arrays;
import java.util.function.Supplier;
import org.java_websocket.protocols.IProtocol;

/**
 * Matches a client that offers {@code ocpp2.0.1} among its subprotocols (Part 4 §3.1.2) and answers with the
 * subprotocol the simulator is told to select: normally {@code ocpp2.0.1}, but a test may make it pick another
 * one or none, to check that the station refuses such a server.
 */
public final class OcppSubprotocol implements IProtocol {

    public static final String OCPP201 = "ocpp2.0.1";

    private final Supplier<String> selected;

    public OcppSubprotocol(Supplier<String> selected) {
        this.selected = selected;
    }

    @Override
    public boolean acceptProvidedProtocol(String offered) {
        return offered != null
                && Arrays.stream(offered.split(",")).map(String::trim).anyMatch(OCPP201::equals);
    }

    @Override
    public String getProvidedProtocol() {
        String value = selected.get();
        return value == null ? "" : value;
    }

    @Override
    public IProtocol copyInstance() {
        return new OcppSubprotocol(selected);
    }

    @Override
    public String toString() {
        return OCPP201;
    }
}
