package org.ocppbridge.bridge.rpc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Handles one action the CSMS may call and answers at once. It runs on the protocol core thread and must return
 * quickly: it decides the response, and anything slow happens after the response left ({@link Reply#afterSent}).
 * A handler whose answer waits for something slow is an {@link ActionResponder} instead.
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface ActionHandler<Q, R> extends ActionResponder<Q, R> {

    /**
     * Answers a schema-valid request.
     *
     * @throws CallErrorException when a semantic check fails
     */
    Reply<R> handle(Q request);

    @Override
    default CompletionStage<Reply<R>> respond(Q request) {
        return CompletableFuture.completedStage(handle(request));
    }
}
