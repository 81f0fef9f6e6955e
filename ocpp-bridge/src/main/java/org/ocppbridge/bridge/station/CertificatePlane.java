package org.ocppbridge.bridge.station;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;
import org.ocppbridge.bridge.certificates.StationCertificates;

/**
 * What the certificate handlers (M03–M05) and certificate renewal (A02/A03) share: the persistent store, the worker
 * that does their slow part (PEM parsing, key generation, signature checks, forced writes) off the core thread,
 * the limits of SecurityCtrlr, the station id (the CN of its CSR) and the CSMS roots configured with
 * {@code --csms-ca} (a signed station certificate may chain to them as to the installed ones).
 *
 * @param worker one named thread owned by the runtime
 * @param clientCertificates under security profile 3: the client certificate in use and the renewed one waiting
 *     for its first connection; empty otherwise (a renewed certificate is then kept but never presented)
 * @param useRenewedCertificate reconnects so that the renewed certificate is presented at once (A02.FR.08); run
 *     after the CertificateSignedResponse left
 */
public record CertificatePlane(
        CertificateStore store,
        Executor worker,
        InstallCertificateCheck.Limits limits,
        String stationId,
        List<X509Certificate> configuredCsmsRoots,
        Optional<StationCertificates> clientCertificates,
        Runnable useRenewedCertificate) {

    public CertificatePlane {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(stationId, "stationId");
        configuredCsmsRoots = List.copyOf(configuredCsmsRoots);
        Objects.requireNonNull(clientCertificates, "clientCertificates");
        Objects.requireNonNull(useRenewedCertificate, "useRenewedCertificate");
    }

    /** Without a client certificate (security profiles 1 and 2); {@link #withClientCertificates} adds it. */
    public CertificatePlane(
            CertificateStore store,
            Executor worker,
            InstallCertificateCheck.Limits limits,
            String stationId,
            List<X509Certificate> configuredCsmsRoots) {
        this(store, worker, limits, stationId, configuredCsmsRoots, Optional.empty(), () -> {});
    }

    /** This plane under security profile 3: the client certificates and how to switch to a renewed one. */
    public CertificatePlane withClientCertificates(StationCertificates certificates, Runnable reconnect) {
        return new CertificatePlane(
                store, worker, limits, stationId, configuredCsmsRoots, Optional.of(certificates), reconnect);
    }
}
