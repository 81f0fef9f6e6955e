package org.ocppbridge.bridge.station;

import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.CertificateSignedRequest;
import org.ocppbridge.mappings.ocpp.CertificateSignedResponse;

/** CertificateSigned (A02/A03): answered when {@link CertificateRenewal} has checked and kept the chain. */
final class CertificateSignedHandler implements ActionResponder<CertificateSignedRequest, CertificateSignedResponse> {

    private static final ActionDefinition<CertificateSignedRequest, CertificateSignedResponse> DEFINITION =
            new ActionDefinition<>(
                    "CertificateSigned", CertificateSignedRequest.class, CertificateSignedResponse.class);

    private final CertificateRenewal renewal;

    CertificateSignedHandler(CertificateRenewal renewal) {
        this.renewal = renewal;
    }

    @Override
    public ActionDefinition<CertificateSignedRequest, CertificateSignedResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<CertificateSignedResponse>> respond(CertificateSignedRequest request) {
        return renewal.signed(request);
    }
}
