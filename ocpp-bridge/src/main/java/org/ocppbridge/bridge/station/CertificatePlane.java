package org.ocppbridge.bridge.station;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.ocppbridge.bridge.certificates.CertificateStore;
import org.ocppbridge.bridge.certificates.InstallCertificateCheck;

/**
 * What the certificate handlers (M03–M05) share: the persistent store, the worker that does their slow part (PEM
 * parsing, signature checks, forced writes) off the core thread, and the limits of SecurityCtrlr.
 *
 * @param worker one named thread owned by the runtime
 */
public record CertificatePlane(CertificateStore store, Executor worker, InstallCertificateCheck.Limits limits) {

    public CertificatePlane {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(limits, "limits");
    }
}
