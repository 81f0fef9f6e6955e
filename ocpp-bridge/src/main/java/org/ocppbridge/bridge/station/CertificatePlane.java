package org.ocppbridge.bridge.station;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;

/**
 * What the certificate handlers (M03–M05) and certificate renewal (A02/A03) share: the persistent store, the worker
 * that does their slow part (PEM parsing, key generation, signature checks, forced writes) off the core thread,
 * the limits of SecurityCtrlr, the station id (the CN of its CSR) and the CSMS roots configured with
 * {@code --csms-ca} (a signed station certificate may chain to them as to the installed ones).
 *
 * @param worker one named thread owned by the runtime
 */
public record CertificatePlane(
        CertificateStore store,
        Executor worker,
        InstallCertificateCheck.Limits limits,
        String stationId,
        List<X509Certificate> configuredCsmsRoots) {

    public CertificatePlane {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(stationId, "stationId");
        configuredCsmsRoots = List.copyOf(configuredCsmsRoots);
    }
}
