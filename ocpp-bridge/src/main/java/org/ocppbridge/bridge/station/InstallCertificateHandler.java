package org.ocppbridge.bridge.station;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.certificates.InstallDecision;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionResponder;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.SecurityEventType;
import org.ocppbridge.mappings.ocpp.InstallCertificateRequest;
import org.ocppbridge.mappings.ocpp.InstallCertificateResponse;
import org.ocppbridge.mappings.ocpp.InstallCertificateStatusEnumType;

/**
 * InstallCertificate (M05): the checks of {@link InstallCertificateCheck} and the forced write run on the
 * certificate worker; the answer follows them (Failed when the write fails), and a stored certificate is reported
 * as security event ReconfigurationOfSecurityParameters after the answer left.
 */
final class InstallCertificateHandler
        implements ActionResponder<InstallCertificateRequest, InstallCertificateResponse> {

    private static final ActionDefinition<InstallCertificateRequest, InstallCertificateResponse> DEFINITION =
            new ActionDefinition<>(
                    "InstallCertificate", InstallCertificateRequest.class, InstallCertificateResponse.class);

    private final CertificatePlane plane;
    private final InstallCertificateCheck check;
    private final SecurityEvents events;

    InstallCertificateHandler(CertificatePlane plane, Clock clock, SecurityEvents events) {
        this.plane = plane;
        this.check = new InstallCertificateCheck(clock);
        this.events = events;
    }

    @Override
    public ActionDefinition<InstallCertificateRequest, InstallCertificateResponse> definition() {
        return DEFINITION;
    }

    @Override
    public CompletionStage<Reply<InstallCertificateResponse>> respond(InstallCertificateRequest request) {
        return CompletableFuture.supplyAsync(() -> install(request), plane.worker());
    }

    private Reply<InstallCertificateResponse> install(InstallCertificateRequest request) {
        InstallDecision decision = check.check(request, plane.limits(), plane.store());
        if (decision.status() != InstallCertificateStatusEnumType.Accepted) {
            return Reply.of(decision.response()); // M05.FR.07 and the other refusals
        }
        try {
            plane.store().addRoot(decision.type(), decision.certificate());
        } catch (IOException e) {
            // M05: valid, but it could not be kept.
            return Reply.of(
                    InstallCertificateResponse.failed("OutOfStorage", "the certificate store cannot be written"));
        }
        String techInfo = "installed " + decision.type() + " "
                + decision.certificate().getSubjectX500Principal().getName();
        return Reply.then(
                decision.response(),
                () -> events.report(SecurityEventType.ReconfigurationOfSecurityParameters, techInfo));
    }
}
