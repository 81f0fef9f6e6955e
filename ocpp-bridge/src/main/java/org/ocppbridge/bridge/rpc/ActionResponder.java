package org.ocppbridge.bridge.rpc;

import java.util.concurrent.CompletionStage;

/**
 * Answers one action the CSMS may call, now or later. {@link #respond} runs on the protocol core thread and
 * returns at once; an answer that depends on something slow (the charger's system) is a stage that completes
 * later, on any thread. The session hops back onto the core thread, sends the CALLRESULT, and only then runs the
 * reply's {@link Reply#afterSent} work; until then it holds the station's queued notifications, so none of them
 * overtakes the answer (reply first, act second).
 *
 * <p>Most handlers answer at once: they implement {@link ActionHandler}.
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface ActionResponder<Q, R> {

    /** The action name and record types. */
    ActionDefinition<Q, R> definition();

    /**
     * Answers a schema-valid request. The stage completing exceptionally with a {@link CallErrorException} is
     * answered with that CALLERROR; with anything else, with CALLERROR InternalError.
     *
     * @throws CallErrorException when a semantic check fails at once
     */
    CompletionStage<Reply<R>> respond(Q request);

    /**
     * The largest CALL of this action the station takes, in bytes of the frame written compactly (UTF-8), e.g.
     * DeviceDataCtrlr.BytesPerMessage[GetVariables]; a longer one is answered CALLERROR FormatViolation before its
     * schema is checked (B06.FR.17, B08.FR.18). No limit unless a handler names one.
     */
    default int requestByteLimit() {
        return Integer.MAX_VALUE;
    }
}
