package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The trust rule of file transfers (firmware downloads, log uploads over https and ftps): a server is trusted when
 * its chain leads, under PKIX, to a root of the JVM's trust store, of the CSMS's CA ({@code --csms-ca}, since an
 * operator's file servers often share the CSMS's private CA), or of the anchors injected with
 * {@link #alsoTrusting} (the roots a CSMS installs, read anew for every connection so that an installed root counts
 * at once). The host name check is the caller's (https and ftps both turn it on).
 */
public final class TlsTrust {

    private final List<X509Certificate> csmsCa;
    private final Supplier<? extends Collection<X509Certificate>> injected;

    private TlsTrust(List<X509Certificate> csmsCa, Supplier<? extends Collection<X509Certificate>> injected) {
        this.csmsCa = List.copyOf(csmsCa);
        this.injected = injected;
    }

    /** The JVM's trust store alone. */
    public static TlsTrust jvm() {
        return new TlsTrust(List.of(), List::of);
    }

    /**
     * The JVM's trust store plus the CSMS CA file (read now, so a bad file fails at start); the JVM's alone when
     * {@code csmsCaPem} is null.
     *
     * @throws IllegalArgumentException when the CA file cannot be read as PEM certificates
     */
    public static TlsTrust of(Path csmsCaPem) {
        if (csmsCaPem == null) {
            return jvm();
        }
        try {
            return new TlsTrust(PemFiles.readCertificates(csmsCaPem), List::of);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot load the CSMS CA " + csmsCaPem + ": " + e.getMessage(), e);
        }
    }

    /** This rule, also trusting whatever {@code anchors} holds when a connection is made (the injection point). */
    public TlsTrust alsoTrusting(Supplier<? extends Collection<X509Certificate>> anchors) {
        Objects.requireNonNull(anchors, "anchors");
        Supplier<? extends Collection<X509Certificate>> before = injected;
        return new TlsTrust(csmsCa, () -> {
            List<X509Certificate> all = new ArrayList<>(before.get());
            all.addAll(anchors.get());
            return all;
        });
    }

    /**
     * A fresh TLS context trusting the JVM's store and the extra roots, through the JDK's PKIX trust manager. The
     * JVM's store is read only when a connection is made (not at start: the boot does not wait for it).
     */
    public SSLContext context() {
        try {
            List<X509Certificate> extra = new ArrayList<>(csmsCa);
            extra.addAll(injected.get());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (extra.isEmpty()) {
                factory.init((KeyStore) null); // the JVM's store as it is
            } else {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                int index = 0;
                for (X509Certificate anchor : jvmAnchors()) {
                    store.setCertificateEntry("jvm-" + index++, anchor);
                }
                for (X509Certificate anchor : extra) {
                    store.setCertificateEntry("extra-" + index++, anchor);
                }
                factory.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    /** The roots of the JVM's trust store (also what {@link TlsContexts} adds installed CSMS roots to). */
    static List<X509Certificate> jvmAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return List.of(x509.getAcceptedIssuers());
            }
        }
        throw new GeneralSecurityException("no X509TrustManager available in this JVM");
    }
}
