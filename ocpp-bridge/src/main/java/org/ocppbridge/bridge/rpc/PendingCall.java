package org.ocppbridge.bridge.rpc;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.ocppbridge.schemas.JsonSchemas;
import org.ocppbridge.schemas.SchemaViolation;

/**
 * One CALL of ours, from its turn in the queue to its answer: it completes exactly once, with the bound response
 * or a {@link CallFailedException}. Used on the core thread only.
 */
final class PendingCall<R> {
    final String action;
    final JsonObject payload;
    final Class<R> responseType;
    final CompletableFuture<R> future;
    String messageId;
    ScheduledFuture<?> timeout;

    PendingCall(String action, JsonObject payload, Class<R> responseType, CompletableFuture<R> future) {
        this.action = action;
        this.payload = payload;
        this.responseType = responseType;
        this.future = future;
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    void fail(CallFailedException failure, RpcObserver observer) {
        cancelTimeout();
        observer.callFailed(action, failure);
        future.completeExceptionally(failure);
    }

    void complete(JsonObject result, JsonSchemas schemas, Gson gson, RpcObserver observer) {
        List<SchemaViolation> violations = schemas.validate(action + "Response", result.toString());
        if (!violations.isEmpty()) {
            fail(
                    new CallFailedException(
                            CallFailedException.Reason.INVALID_RESPONSE,
                            action + "Response breaks its schema: " + violations),
                    observer);
            return;
        }
        R response;
        try {
            response = gson.fromJson(result, responseType);
        } catch (RuntimeException e) {
            fail(
                    new CallFailedException(
                            CallFailedException.Reason.INVALID_RESPONSE, action + "Response has a value out of range"),
                    observer);
            return;
        }
        future.complete(response);
    }
}
