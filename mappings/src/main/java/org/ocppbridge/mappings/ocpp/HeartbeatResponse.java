package org.ocppbridge.mappings.ocpp;

import java.time.Instant;

/** {@code HeartbeatResponse}: the CSMS's clock. */
public record HeartbeatResponse(Instant currentTime) {

    public HeartbeatResponse {
        Constraints.required(currentTime, "HeartbeatResponse", "currentTime");
    }
}
