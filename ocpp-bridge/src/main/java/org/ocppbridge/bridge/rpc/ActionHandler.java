package org.ocppbridge.bridge.rpc;

/**
 * Handles one action the CSMS may call. It runs on the protocol core thread and must return quickly: it decides
 * the response, and anything slow happens after the response left ({@link Reply#afterSent}).
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface ActionHandler<Q, R> {

    /** The action name and record types. */
    ActionDefinition<Q, R> definition();

    /**
     * Answers a schema-valid request.
     *
     * @throws CallErrorException when a semantic check fails
     */
    Reply<R> handle(Q request);
}
