package org.ocppbridge.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A rule of OCPP 2.0.1 (Part 4 OCPP-J, the schemas, the boot rules of Part 2) that the station broke.
 *
 * @param at when the offending frame arrived
 * @param rule the rule, with its source ("P4 §4.1.4: message id longer than 36 characters")
 * @param frame the frame that broke it (may be cut short for the report)
 */
public record ProtocolViolation(Instant at, String rule, String frame) {

    public ProtocolViolation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(frame, "frame");
    }

    @Override
    public String toString() {
        return at + " " + rule + " in " + frame;
    }
}
