package org.ocppbridge.bridge.rpc;

/** The OCPP-J 2.0.1 CALLERROR codes (Part 4 §4.3), in their 2.0.1 spelling, never the 1.6 ones. */
public enum ErrorCode {
    /** Payload for the action is syntactically incorrect (here: a property the schema does not allow). */
    FormatViolation,
    /** Any other error. */
    GenericError,
    /** The receiver failed while processing the action. */
    InternalError,
    /** The message type number is not 2, 3 or 4. */
    MessageTypeNotSupported,
    /** The action is not an OCPP 2.0.1 action. */
    NotImplemented,
    /** The action is an OCPP 2.0.1 action this station does not handle. */
    NotSupported,
    /** A required field is missing. */
    OccurrenceConstraintViolation,
    /** A field holds a value outside its enum, format or length. */
    PropertyConstraintViolation,
    /** The payload does not follow the PDU structure. */
    ProtocolError,
    /** The frame is not a valid RPC frame, e.g. its message id cannot be read. */
    RpcFrameworkError,
    /** A security rule prevented the action (e.g. the station is not registered yet). */
    SecurityError,
    /** A field has the wrong JSON type. */
    TypeConstraintViolation
}
