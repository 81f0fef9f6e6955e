package org.ocppbridge.bridge.rpc;

/** One OCPP-J frame: a CALL, a CALLRESULT or a CALLERROR (Part 4 §4.1). */
public sealed interface Frame permits Call, CallResult, CallError {

    /** The message id that pairs a CALL with its answer. */
    String messageId();

    /** The frame as the JSON array that goes on the wire. */
    com.google.gson.JsonArray toJson();
}
