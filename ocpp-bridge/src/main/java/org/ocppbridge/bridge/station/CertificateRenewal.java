package org.ocppbridge.bridge.station;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ocppbridge.bridge.certificates.CertificateSignedCheck;
import org.ocppbridge.bridge.certificates.RenewBeforeExpiry;
import org.ocppbridge.bridge.certificates.SignedChainDecision;
import org.ocppbridge.bridge.certificates.SigningRequests;
import org.ocppbridge.bridge.certificates.StationCertificates;
import org.ocppbridge.bridge.certificates.StationKeys;
import org.ocppbridge.bridge.certificates.StoredCertificateType;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.SecurityEventType;
import org.ocppbridge.mappings.ocpp.CertificateSignedRequest;
import org.ocppbridge.mappings.ocpp.CertificateSignedResponse;
import org.ocppbridge.mappings.ocpp.CertificateSigningUseEnumType;
import org.ocppbridge.mappings.ocpp.GenericStatusEnumType;
import org.ocppbridge.mappings.ocpp.SignCertificateRequest;
import org.ocppbridge.mappings.ocpp.SignCertificateResponse;

/**
 * Renewing the station's TLS client certificate (A02/A03): a SignCertificateRequest with a PKCS#10 CSR for the
 * station's own key pair; when the CSMS accepted it and no CertificateSigned comes, the request is sent again after
 * CertSigningWaitMinimum, the wait doubling each time up to CertSigningRepeatTimes doublings, so RepeatTimes + 1
 * resends (A02.FR.17/18, as TC_A_23 counts them); a
 * Rejected SignCertificateResponse ends the attempt (TC_A_15). CertificateSigned is checked
 * ({@link CertificateSignedCheck}) on the certificate worker; an accepted chain becomes the pending station
 * certificate in the store, a refused one is reported as InvalidChargingStationCertificate (A02.FR.07). Under
 * security profile 3 an accepted one is put to use at once: the connection is re-established after the answer
 * left (A02.FR.08), and {@link StationCertificates} decides what the next connection presents. The bridge also
 * starts a renewal on its own when the certificate in use nears its end ({@link #checkExpiry}, A03).
 *
 * <p>State (the running attempt and its timer) belongs to the core thread; key generation, CSR signing and chain
 * checks run on the worker.
 */
final class CertificateRenewal {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CertificateRenewal.class);

    /** At most one renewal the bridge starts on its own per day. */
    static final Duration OWN_ATTEMPT_SPACING = Duration.ofDays(1);

    private final StationContext context;
    private final CertificatePlane plane;
    private final Supplier<DeviceModel.SigningSettings> settings;
    private final SecurityEvents events;
    private final CertificateSignedCheck check;
    private volatile KeyPair keys;
    private int generation; // core thread: a new trigger makes the older attempt's callbacks void
    private ScheduledFuture<?> resend; // core thread
    private boolean running; // core thread: an attempt waits for its CertificateSigned
    private Instant lastOwnAttempt; // core thread: the last renewal the bridge started on its own
    private ScheduledFuture<?> expiryCheck; // core thread

    CertificateRenewal(
            StationContext context,
            CertificatePlane plane,
            Supplier<DeviceModel.SigningSettings> settings,
            SecurityEvents events) {
        this.context = context;
        this.plane = plane;
        this.settings = settings;
        this.events = events;
        this.check = new CertificateSignedCheck(context.clock());
    }

    /** TriggerMessage SignChargingStationCertificate (F06, after its answer left): a new attempt. Core thread. */
    void start() {
        cancelResend();
        running = true;
        int attempt = ++generation;
        send(attempt, 0);
    }

    /**
     * A03, renewal before expiry: on every Accepted boot or resumed connection (core thread). When the certificate
     * in use has reached {@link RenewBeforeExpiry#from}, a renewal starts as if the CSMS had triggered it — unless
     * one is running, a renewed certificate waits for its connection, or the bridge started one on its own less
     * than {@link #OWN_ATTEMPT_SPACING} ago (a connection that keeps dropping must not send a CSR each time).
     * Otherwise it looks again when the certificate will be due, at the latest after a day (the clock may move).
     */
    void checkExpiry() {
        if (expiryCheck != null) {
            expiryCheck.cancel(false);
            expiryCheck = null;
        }
        Optional<StationCertificates> certificates = plane.clientCertificates();
        Optional<X509Certificate> current = certificates.flatMap(StationCertificates::currentCertificate);
        if (current.isEmpty()) {
            return; // not security profile 3: no client certificate to renew
        }
        Instant now = context.clock().instant();
        Instant due = RenewBeforeExpiry.from(current.get());
        if (lastOwnAttempt != null && due.isBefore(lastOwnAttempt.plus(OWN_ATTEMPT_SPACING))) {
            due = lastOwnAttempt.plus(OWN_ATTEMPT_SPACING);
        }
        if (now.isBefore(due)) {
            Duration wait = Duration.between(now, due);
            if (wait.compareTo(OWN_ATTEMPT_SPACING) > 0) {
                wait = OWN_ATTEMPT_SPACING;
            }
            expiryCheck = context.core().schedule(this::checkExpiry, wait.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (running || certificates.get().renewalPending()) {
            return;
        }
        lastOwnAttempt = now;
        log.info(
                "The station certificate expires at {}: asking the CSMS for a new one (A03)",
                current.get().getNotAfter().toInstant());
        start();
    }

    private void send(int attempt, int repeat) {
        CompletableFuture.supplyAsync(this::csr, plane.worker())
                .whenComplete((csr, failure) -> context.core().execute(() -> {
                    if (attempt != generation) {
                        return;
                    }
                    if (failure != null) {
                        running = false; // this attempt is over; a later trigger or expiry check starts anew
                        context.observer().unexpectedError("building the CSR", failure);
                        return;
                    }
                    context.rpc()
                            .call(
                                    "SignCertificate",
                                    new SignCertificateRequest(
                                            csr, CertificateSigningUseEnumType.ChargingStationCertificate),
                                    SignCertificateResponse.class)
                            .whenComplete(
                                    (answer, error) -> context.core().execute(() -> answered(attempt, repeat, answer)));
                }));
    }

    private void answered(int attempt, int repeat, SignCertificateResponse answer) {
        if (attempt != generation) {
            return;
        }
        if (answer != null && answer.status() == GenericStatusEnumType.Rejected) {
            running = false;
            return; // TC_A_15: the CSMS will not have it signed; nothing to wait for
        }
        // Accepted, or no answer at all: wait for CertificateSigned, then ask again (A02.FR.17/18).
        DeviceModel.SigningSettings now = settings.get();
        // CertSigningRepeatTimes counts the doublings of the wait, as TC_A_23 reads it: with 1 it expects resends
        // after W and after 2W, so the waits are W·2^0 … W·2^RepeatTimes (RepeatTimes + 1 resends). Part 2's
        // appendix calls it the number of resends; the test tool decides certification, so its reading is kept.
        if (repeat > now.certSigningRepeatTimes()) {
            running = false;
            return;
        }
        Duration wait = now.certSigningWaitMinimum().multipliedBy(1L << Math.min(repeat, 20));
        resend = context.core()
                .schedule(
                        () -> {
                            if (attempt == generation) {
                                send(attempt, repeat + 1);
                            }
                        },
                        wait.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    /** CertificateSigned (A02/A03): checked on the worker; an accepted chain ends the waiting. */
    CompletionStage<Reply<CertificateSignedResponse>> signed(CertificateSignedRequest request) {
        if (request.certificateType() == CertificateSigningUseEnumType.V2GCertificate) {
            return CompletableFuture.completedStage(Reply.of(CertificateSignedResponse.rejected(
                    "UnsupportedRequest", "V2G certificates belong to the charger")));
        }
        return CompletableFuture.supplyAsync(() -> checkAndStage(request), plane.worker())
                .thenApplyAsync(
                        decision -> {
                            if (decision.accepted()) {
                                cancelResend();
                                generation++; // A02: signed; an attempt still running is over
                                running = false;
                                if (plane.clientCertificates().isPresent()) {
                                    // A02.FR.08: Accepted, then reconnect to present the new certificate.
                                    return Reply.then(decision.response(), plane.useRenewedCertificate());
                                }
                                return Reply.of(decision.response());
                            }
                            // A02.FR.07 (TC_A_14): Rejected, then the security event.
                            return Reply.then(
                                    decision.response(),
                                    () -> events.raise(
                                            SecurityEventType.InvalidChargingStationCertificate, decision.reason()));
                        },
                        context.core());
    }

    private SignedChainDecision checkAndStage(CertificateSignedRequest request) {
        List<X509Certificate> anchors = new ArrayList<>(plane.configuredCsmsRoots());
        anchors.addAll(plane.store().certificates(StoredCertificateType.CSMSRootCertificate));
        SignedChainDecision decision = check.check(
                request.certificateChain(), plane.limits().maxCertificateChainSize(), keys().getPublic(), anchors);
        if (decision.accepted()) {
            try {
                plane.store().stagePendingStationCertificate(decision.chain());
            } catch (IOException e) {
                throw new UncheckedIOException("the certificate store cannot be written", e);
            }
        }
        return decision;
    }

    private String csr() {
        return SigningRequests.chargingStationCsr(
                keys(), plane.stationId(), settings.get().organizationName());
    }

    private KeyPair keys() {
        KeyPair current = keys;
        if (current == null) {
            try {
                current = StationKeys.loadOrCreate(plane.store().directory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keys = current;
        }
        return current;
    }

    private void cancelResend() {
        if (resend != null) {
            resend.cancel(false);
            resend = null;
        }
    }
}
