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

    private final List<X509Certificate> fixed;
    private final Supplier<? extends Collection<X509Certificate>> injected;

    private TlsTrust(List<X509Certificate> fixed, Supplier<? extends Collection<X509Certificate>> injected) {
        this.fixed = List.copyOf(fixed);
        this.injected = injected;
    }

    /** The JVM's trust store alone. */
    public static TlsTrust jvm() {
        return new TlsTrust(jvmAnchors(), List::of);
    }

    /**
     * The JVM's trust store plus the CSMS CA file; the JVM's alone when {@code csmsCaPem} is null.
     *
     * @throws IllegalArgumentException when the CA file cannot be read as PEM certificates
     */
    public static TlsTrust of(Path csmsCaPem) {
        if (csmsCaPem == null) {
            return jvm();
        }
        List<X509Certificate> anchors = new ArrayList<>(jvmAnchors());
        try {
            anchors.addAll(PemFiles.readCertificates(csmsCaPem));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot load the CSMS CA " + csmsCaPem + ": " + e.getMessage(), e);
        }
        return new TlsTrust(anchors, List::of);
    }

    /** This rule, also trusting whatever {@code anchors} holds when a connection is made (the injection point). */
    public TlsTrust alsoTrusting(Supplier<? extends Collection<X509Certificate>> anchors) {
        Objects.requireNonNull(anchors, "anchors");
        Supplier<? extends Collection<X509Certificate>> before = injected;
        return new TlsTrust(fixed, () -> {
            List<X509Certificate> all = new ArrayList<>(before.get());
            all.addAll(anchors.get());
            return all;
        });
    }

    /** The roots trusted right now. */
    public List<X509Certificate> anchors() {
        List<X509Certificate> all = new ArrayList<>(fixed);
        all.addAll(injected.get());
        return all;
    }

    /** A fresh TLS context trusting {@link #anchors()} through the JDK's PKIX trust manager. */
    public SSLContext context() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (X509Certificate anchor : anchors()) {
                store.setCertificateEntry("anchor-" + index++, anchor);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> jvmAnchors() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return List.of(x509.getAcceptedIssuers());
                }
            }
            throw new IllegalStateException("no X509TrustManager available in this JVM");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the JVM's trust store: " + e.getMessage(), e);
        }
    }
}
