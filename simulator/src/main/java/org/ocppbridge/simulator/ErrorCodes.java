package org.ocppbridge.simulator;

import java.util.Set;

/** The CALLERROR codes of OCPP 2.0.1 (Part 4 §4.3). The 1.6 spellings FormationViolation and
 * OccurenceConstraintViolation are not among them. */
final class ErrorCodes {

    static final Set<String> OCPP201 = Set.of(
            "FormatViolation",
            "GenericError",
            "InternalError",
            "MessageTypeNotSupported",
            "NotImplemented",
            "NotSupported",
            "OccurrenceConstraintViolation",
            "PropertyConstraintViolation",
            "ProtocolError",
            "RpcFrameworkError",
            "SecurityError",
            "TypeConstraintViolation");

    private ErrorCodes() {}

    /** A peer's value cut to a readable length for a report. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
