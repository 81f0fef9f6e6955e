package org.ocppbridge.bridge.runtime;

import java.util.EnumSet;
import java.util.Set;
import org.ocppbridge.bridge.rpc.CallError;
import org.ocppbridge.bridge.rpc.CallFailedException;
import org.ocppbridge.bridge.rpc.ErrorCode;
import org.ocppbridge.bridge.rpc.RpcObserver;

/**
 * A CSMS that keeps sending invalid frames is treated as a broken connection (issue 15, point 1, like ocpp-rpc's
 * {@code maxBadMessages}): after {@link #MAX_CONSECUTIVE} invalid frames in a row the connection is closed with
 * 1008 (policy violation) and the usual back-off reconnects. A frame counts as invalid when the bridge answers it
 * with a CALLERROR of the frame, schema or binding layers; an answer like NotImplemented, NotSupported or
 * SecurityError is a valid exchange, and any valid frame starts the count again.
 *
 * <p>An {@link RpcObserver} in front of the station's own, so it sees exactly the CALLERRORs the RPC layer sends.
 * Core thread only.
 */
final class BadFrameLimit implements RpcObserver {

    /** Invalid frames in a row before the connection is closed; the README documents it. */
    static final int MAX_CONSECUTIVE = 100;

    /** The close code: RFC 6455 §7.4.1 policy violation. */
    static final int CLOSE_CODE = 1008;

    private static final Set<ErrorCode> INVALID_FRAME = EnumSet.of(
            ErrorCode.RpcFrameworkError,
            ErrorCode.ProtocolError,
            ErrorCode.FormatViolation,
            ErrorCode.MessageTypeNotSupported,
            ErrorCode.OccurrenceConstraintViolation,
            ErrorCode.TypeConstraintViolation,
            ErrorCode.PropertyConstraintViolation);

    private final RpcObserver delegate;
    private int consecutive;
    private boolean invalidSeen;

    BadFrameLimit(RpcObserver delegate) {
        this.delegate = delegate;
    }

    /** A frame is about to be handled. */
    void beforeFrame() {
        invalidSeen = false;
    }

    /**
     * The frame was handled.
     *
     * @return true when the limit is reached and the connection should be closed
     */
    boolean afterFrame() {
        consecutive = invalidSeen ? consecutive + 1 : 0;
        if (consecutive >= MAX_CONSECUTIVE) {
            consecutive = 0;
            return true;
        }
        return false;
    }

    /** A new connection starts with a clean count. */
    void reset() {
        consecutive = 0;
    }

    @Override
    public void callErrorSent(CallError error) {
        if (INVALID_FRAME.contains(error.code())) {
            invalidSeen = true;
        }
        delegate.callErrorSent(error);
    }

    @Override
    public void frameDropped(String why) {
        delegate.frameDropped(why);
    }

    @Override
    public void callFailed(String action, CallFailedException failure) {
        delegate.callFailed(action, failure);
    }

    @Override
    public void unexpectedError(String where, Throwable error) {
        delegate.unexpectedError(where, error);
    }
}
