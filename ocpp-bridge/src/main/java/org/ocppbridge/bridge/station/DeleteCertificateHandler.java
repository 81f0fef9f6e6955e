package org.ocppbridge.bridge.station;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.certificates.CertificateIds;
import org.ocppbridge.bridge.certificates.StoredCertificate;
import org.ocppbridge.bridge.certificates.StoredCertificateType;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.SecurityEventType;
import org.ocppbridge.mappings.ocpp.DeleteCertificateRequest;
import org.ocppbridge.mappings.ocpp.DeleteCertificateResponse;

/**
 * DeleteCertificate (M04): the stored root the hash data names is removed (Accepted), none → NotFound
 * (M04.FR.04), the station's own certificate → Failed (M04.FR.06: it must not be deleted). A removal is
 * reported as security event ReconfigurationOfSecurityParameters after the answer left.
 */
final class DeleteCertificateHandler implements ActionResponder<DeleteCertificateRequest, DeleteCertificateResponse> {

    private static final ActionDefinition<DeleteCertificateRequest, DeleteCertificateResponse> DEFINITION =
            new ActionDefinition<>(
                    "DeleteCertificate", DeleteCertificateRequest.class, DeleteCertificateResponse.class);

    private final CertificatePlane plane;
    private final SecurityEvents events;

    DeleteCertificateHandler(CertificatePlane plane, SecurityEvents events) {
        this.plane = plane;
        this.events = events;
    }

    @Override
    public ActionDefinition<DeleteCertificateRequest, DeleteCertificateResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<DeleteCertificateResponse>> respond(DeleteCertificateRequest request) {
        return CompletableFuture.supplyAsync(() -> delete(request), plane.worker());
    }

    private Reply<DeleteCertificateResponse> delete(DeleteCertificateRequest request) {
        Optional<StoredCertificate> found = CertificateIds.find(plane.store(), request.certificateHashData());
        if (found.isEmpty()) {
            return Reply.of(DeleteCertificateResponse.notFound()); // M04.FR.04
        }
        StoredCertificate entry = found.get();
        if (entry.type() == StoredCertificateType.ChargingStationCertificate) {
            return Reply.of(DeleteCertificateResponse.failed( // M04.FR.06
                    "UnsupportedRequest", "the station certificate cannot be deleted"));
        }
        try {
            plane.store().remove(entry);
        } catch (IOException e) {
            return Reply.of(
                    DeleteCertificateResponse.failed("InternalError", "the certificate store cannot be written"));
        }
        String techInfo = "deleted " + entry.type() + " "
                + entry.certificate().getSubjectX500Principal().getName();
        return Reply.then(
                DeleteCertificateResponse.accepted(),
                () -> events.report(SecurityEventType.ReconfigurationOfSecurityParameters, techInfo));
    }
}
