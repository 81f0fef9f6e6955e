package org.ocppbridge.mappings.ocpp;

/**
 * {@code RequestStopTransactionResponse}.
 *
 * @param status the answer
 * @param statusInfo null when absent
 */
public record RequestStopTransactionResponse(RequestStartStopStatusEnumType status, StatusInfoType statusInfo) {

    public RequestStopTransactionResponse {
        Constraints.required(status, "RequestStopTransactionResponse", "status");
    }
}
