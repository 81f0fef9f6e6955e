package org.ocppbridge.bridge.rpc;

/** A CALL the bridge sent did not get a usable answer. The pending call completes with this, exactly once. */
public final class CallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Reason {
        /** There was no open connection, or it closed before the answer. */
        NOT_CONNECTED,
        /** No answer came within the call time-out. */
        TIMED_OUT,
        /** The CSMS answered with a CALLERROR; see {@link #callError()}. */
        CALL_ERROR,
        /** The CALLRESULT broke the response schema. */
        INVALID_RESPONSE,
        /** The request broke its own schema: a bug in the bridge, caught before it reached the wire. */
        INVALID_REQUEST
    }

    private final Reason reason;
    private final transient CallError callError;

    public CallFailedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CallFailedException(Reason reason, String message, CallError callError) {
        super(message);
        this.reason = reason;
        this.callError = callError;
    }

    public Reason reason() {
        return reason;
    }

    /** The CSMS's CALLERROR when {@link #reason()} is CALL_ERROR, else null. */
    public CallError callError() {
        return callError;
    }
}
