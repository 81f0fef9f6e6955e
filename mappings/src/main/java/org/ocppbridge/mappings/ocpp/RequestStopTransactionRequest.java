package org.ocppbridge.mappings.ocpp;

/**
 * {@code RequestStopTransactionRequest}.
 *
 * @param transactionId the transaction to stop; ≤ 36 characters
 */
public record RequestStopTransactionRequest(String transactionId) {

    public RequestStopTransactionRequest {
        Constraints.requiredMaxLength(transactionId, 36, "RequestStopTransactionRequest", "transactionId");
    }
}
