package org.ocppbridge.mappings.ocpp;

/**
 * {@code RequestStartTransactionRequest}, bound to the two fields a station without EVSEs looks at; the schema
 * checks the rest (idToken, groupIdToken, chargingProfile) before binding.
 *
 * @param evseId null when absent
 * @param remoteStartId the CSMS's id of this request
 */
public record RequestStartTransactionRequest(Integer evseId, Integer remoteStartId) {

    public RequestStartTransactionRequest {
        Constraints.required(remoteStartId, "RequestStartTransactionRequest", "remoteStartId");
    }
}
