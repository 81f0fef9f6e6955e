package org.ocppbridge.mappings.ocpp;

/**
 * {@code RequestStartTransactionResponse}.
 *
 * @param status the answer
 * @param statusInfo null when absent
 * @param transactionId ≤ 36 characters; null when absent
 */
public record RequestStartTransactionResponse(
        RequestStartStopStatusEnumType status, StatusInfoType statusInfo, String transactionId) {

    public RequestStartTransactionResponse {
        Constraints.required(status, "RequestStartTransactionResponse", "status");
        Constraints.maxLength(transactionId, 36, "RequestStartTransactionResponse", "transactionId");
    }
}
