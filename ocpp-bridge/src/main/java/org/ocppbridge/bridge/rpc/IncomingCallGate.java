package org.ocppbridge.bridge.rpc;

import java.util.Optional;

/**
 * Whether the CSMS may call an action now (B02.FR.09, B03.FR.08: registration state). Answers the refusal's
 * CALLERROR description, or empty when the call may proceed.
 */
@FunctionalInterface
public interface IncomingCallGate {

    Optional<String> refusal(String action);

    IncomingCallGate OPEN = action -> Optional.empty();
}
