package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Which TLS client certificate the next connection presents (security profile 3, A02/A03), and what becomes of a
 * renewed one. {@code --client-cert}/{@code --client-key} is only the first certificate: once the CSMS has signed
 * a new one (CertificateSigned Accepted, kept as the store's <em>pending</em> station certificate), the next
 * connection presents it with the station's own key ({@link StationKeys}).
 *
 * <ul>
 *   <li>That connection opens: the renewed certificate becomes the one in use and the previous one is discarded
 *       (A02.FR.10 as the 2023-12+ errata word it: the certificate not in use is discarded once a connection
 *       succeeded) — {@link #connected()}.
 *   <li>The CSMS refuses it (the TLS handshake fails, or the upgrade is answered 401/403): the renewed certificate
 *       is discarded and the next attempt presents the previous one again (A02.FR.28's fallback) —
 *       {@link #refused()}.
 *   <li>Any other failure (no route, a time-out) says nothing about the certificate: the next attempt presents it
 *       again.
 * </ul>
 *
 * <p>The store keeps the state, so a restart in between goes on where it was. Thread-safe: the connector asks on
 * the core thread, which also reports the outcomes.
 */
public final class StationCertificates {

    private final CertificateStore store;
    private final Optional<TlsContexts.ClientIdentity> configured;
    private final Clock clock;
    private KeyPair stationKeys; // loaded on first need
    private String presentedPending; // the id of the pending certificate the current attempt presents

    private StationCertificates(CertificateStore store, Optional<TlsContexts.ClientIdentity> configured, Clock clock) {
        this.store = store;
        this.configured = configured;
        this.clock = clock;
    }

    /**
     * @param configured the client certificate of {@code --client-cert}/{@code --client-key}, read and checked now
     */
    public static StationCertificates open(CertificateStore store, Optional<ClientCertificate> configured, Clock clock)
            throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        Optional<TlsContexts.ClientIdentity> identity =
                configured.isPresent() ? Optional.of(TlsContexts.readIdentity(configured.get())) : Optional.empty();
        return new StationCertificates(store, identity, clock);
    }

    /**
     * The client certificate of the next connection: a pending (renewed) one that is valid now, else the one in
     * use; empty when there is none at all. Remembers whether it is the pending one, for {@link #connected} and
     * {@link #refused}.
     */
    public synchronized Optional<TlsContexts.ClientIdentity> forNextConnection() {
        presentedPending = null;
        Optional<StoredCertificate> pending = store.pendingStationCertificate();
        if (pending.isPresent() && validNow(pending.get().certificate())) {
            presentedPending = pending.get().id(); // A02.FR.08: the renewed certificate for the next connection
            return Optional.of(identity(pending.get()));
        }
        return current();
    }

    /** The certificate in use (not a pending one): for the renewal before it expires. */
    public synchronized Optional<X509Certificate> currentCertificate() {
        return current().map(identity -> identity.chain().get(0));
    }

    /** Whether a renewed certificate waits for its first connection. */
    public synchronized boolean renewalPending() {
        return store.pendingStationCertificate().isPresent();
    }

    /**
     * A connection opened. When it presented the pending certificate, that one is now in use and the previous one
     * is gone (A02.FR.10).
     *
     * @return whether a renewed certificate was promoted
     */
    public synchronized boolean connected() throws IOException {
        if (presentedPending == null) {
            return false;
        }
        boolean same = store.pendingStationCertificate()
                .filter(p -> p.id().equals(presentedPending))
                .isPresent();
        presentedPending = null;
        if (same) {
            store.promotePendingStationCertificate();
        }
        return same;
    }

    /**
     * The CSMS refused the client certificate of the attempt that just failed. When that was the pending one, it is
     * discarded and the next attempt presents the previous one (A02.FR.28).
     *
     * @return whether the bridge fell back
     */
    public synchronized boolean refused() throws IOException {
        if (presentedPending == null) {
            return false;
        }
        presentedPending = null;
        store.discardPendingStationCertificate();
        return true;
    }

    private Optional<TlsContexts.ClientIdentity> current() {
        Optional<StoredCertificate> active = store.stationCertificate();
        if (active.isPresent()) {
            return Optional.of(identity(active.get()));
        }
        return configured;
    }

    private boolean validNow(X509Certificate certificate) {
        try {
            certificate.checkValidity(java.util.Date.from(clock.instant()));
            return true;
        } catch (java.security.cert.CertificateException e) {
            return false;
        }
    }

    private TlsContexts.ClientIdentity identity(StoredCertificate entry) {
        return new TlsContexts.ClientIdentity(keys().getPrivate(), entry.chain());
    }

    private KeyPair keys() {
        if (stationKeys == null) {
            try {
                stationKeys = StationKeys.loadOrCreate(store.directory());
            } catch (IOException e) {
                throw new UncheckedIOException("the station key cannot be read", e);
            }
        }
        return stationKeys;
    }
}
