package org.ocppbridge.bridge.station;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.certificates.CertificateIds;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.CertificateHashDataChainType;
import org.ocppbridge.mappings.ocpp.GetInstalledCertificateIdsRequest;
import org.ocppbridge.mappings.ocpp.GetInstalledCertificateIdsResponse;

/**
 * GetInstalledCertificateIds (M03): the stored roots of the requested uses (all when none is named) with their
 * SHA-256 hash data; NotFound, without a chain, when none matches (M03.FR.02). Hashing runs on the certificate
 * worker, in order with installs and deletions.
 */
final class GetInstalledCertificateIdsHandler
        implements ActionResponder<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse> {

    private static final ActionDefinition<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
            DEFINITION = new ActionDefinition<>(
                    "GetInstalledCertificateIds",
                    GetInstalledCertificateIdsRequest.class,
                    GetInstalledCertificateIdsResponse.class);

    private final CertificatePlane plane;

    GetInstalledCertificateIdsHandler(CertificatePlane plane) {
        this.plane = plane;
    }

    @Override
    public ActionDefinition<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<GetInstalledCertificateIdsResponse>> respond(
            GetInstalledCertificateIdsRequest request) {
        return CompletableFuture.supplyAsync(
                () -> {
                    List<CertificateHashDataChainType> chains =
                            CertificateIds.list(plane.store(), request.certificateType());
                    return Reply.of(
                            chains.isEmpty()
                                    ? GetInstalledCertificateIdsResponse.notFound() // M03.FR.02
                                    : GetInstalledCertificateIdsResponse.accepted(chains)); // M03.FR.03/04
                },
                plane.worker());
    }
}
