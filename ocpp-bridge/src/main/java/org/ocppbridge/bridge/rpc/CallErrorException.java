package org.ocppbridge.bridge.rpc;

/** Thrown by a handler's semantic checks: the incoming CALL is answered with this CALLERROR. */
public final class CallErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public CallErrorException(ErrorCode code, String description) {
        super(description);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
