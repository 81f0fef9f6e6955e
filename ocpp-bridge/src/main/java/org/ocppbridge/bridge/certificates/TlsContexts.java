package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS material of security profiles 2 and 3: the trust anchors for the CSMS certificate and, for profile 3, the
 * client key and chain. What was configured is loaded once from the PEM files; what the CSMS may change between
 * two connections comes from {@link Sources}, asked anew for every connection: the CSMSRootCertificates it
 * installed (M05; trusted beside {@code --csms-ca}, or beside the JVM's store when none is configured) and the
 * station certificate to present (A02/A03). There is no code path that accepts an unverified server certificate:
 * every context delegates to the JDK's PKIX trust manager, and the caller turns on host name verification.
 */
public final class TlsContexts {

    /** TLS 1.2 is the minimum of OCPP 2.0.1 (A00.FR.309/.409); 1.3 is preferred when the CSMS offers it. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** A private key and the chain presented with it (leaf first). */
    public record ClientIdentity(PrivateKey key, List<X509Certificate> chain) {
        public ClientIdentity {
            Objects.requireNonNull(key, "key");
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a client identity needs its certificate");
            }
        }
    }

    /**
     * What may change between two connections; both are asked once per connection, on the thread that starts it.
     *
     * @param installedCsmsRoots the CSMSRootCertificates installed now (M05)
     * @param clientIdentity the client certificate of the next connection; empty: the configured one
     */
    public record Sources(
            Supplier<? extends Collection<X509Certificate>> installedCsmsRoots,
            Supplier<Optional<ClientIdentity>> clientIdentity) {
        public Sources {
            Objects.requireNonNull(installedCsmsRoots, "installedCsmsRoots");
            Objects.requireNonNull(clientIdentity, "clientIdentity");
        }

        /** Only what was configured. */
        public static Sources none() {
            return new Sources(List::of, Optional::empty);
        }
    }

    private final List<X509Certificate> configuredAnchors; // empty: the JVM's store
    private final X509ExtendedTrustManager configuredTrust;
    private final KeyManager[] configuredKeys;
    private final Sources sources;

    private TlsContexts(
            List<X509Certificate> configuredAnchors,
            X509ExtendedTrustManager configuredTrust,
            KeyManager[] configuredKeys,
            Sources sources) {
        this.configuredAnchors = configuredAnchors;
        this.configuredTrust = configuredTrust;
        this.configuredKeys = configuredKeys;
        this.sources = sources;
    }

    /**
     * Loads the PEM files: the CSMS's CA(s) (empty: the JVM's default store) and, for security profile 3, the
     * client certificate; the exception names the file that is wrong.
     */
    public static TlsContexts load(Optional<Path> csmsCaPem, Optional<ClientCertificate> clientCertificate)
            throws IOException {
        return load(csmsCaPem, clientCertificate, Sources.none());
    }

    /** As {@link #load(Optional, Optional)}, with what the CSMS may change between connections. */
    public static TlsContexts load(
            Optional<Path> csmsCaPem, Optional<ClientCertificate> clientCertificate, Sources sources)
            throws IOException {
        Objects.requireNonNull(sources, "sources");
        try {
            List<X509Certificate> anchors =
                    csmsCaPem.isPresent() ? PemFiles.readCertificates(csmsCaPem.get()) : List.of();
            X509ExtendedTrustManager pkix = pkix(anchors.isEmpty() ? null : anchors);
            KeyManager[] keyManagers = null;
            if (clientCertificate.isPresent()) {
                keyManagers = keyManagers(readIdentity(clientCertificate.get()));
            }
            return new TlsContexts(anchors, pkix, keyManagers, sources);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * The configured client certificate and key, checked to belong together (the exception names both files).
     */
    public static ClientIdentity readIdentity(ClientCertificate client) throws IOException {
        List<X509Certificate> chain = PemFiles.readCertificates(client.certificatePem());
        PrivateKey key = PemFiles.readPrivateKey(client.privateKeyPem());
        try {
            requireMatchingKey(key, chain.get(0), client);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot check the client key " + client.privateKeyPem() + ": " + e.getMessage(), e);
        }
        return new ClientIdentity(key, chain);
    }

    /**
     * A fresh context whose trust manager reports each rejected CSMS certificate to {@code rejected} before the
     * handshake fails, so the caller can tell "invalid CSMS certificate" from other TLS errors. One context per
     * connection keeps the report tied to its connection.
     */
    public SSLContext newContext(Consumer<CertificateException> rejected) throws GeneralSecurityException {
        X509ExtendedTrustManager trust = configuredTrust;
        List<X509Certificate> installed =
                List.copyOf(sources.installedCsmsRoots().get());
        if (!installed.isEmpty()) {
            // M05: the installed CSMS roots, beside --csms-ca (or beside the JVM's store when none is configured).
            List<X509Certificate> anchors =
                    new ArrayList<>(configuredAnchors.isEmpty() ? TlsTrust.jvmAnchors() : configuredAnchors);
            anchors.addAll(installed);
            trust = pkix(anchors);
        }
        Optional<ClientIdentity> identity = sources.clientIdentity().get();
        KeyManager[] keys = identity.isPresent() ? keyManagers(identity.get()) : configuredKeys;
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, new TrustManager[] {new ReportingTrustManager(trust, rejected)}, new SecureRandom());
        return context;
    }

    /** The JDK's PKIX trust manager over {@code anchors}; null: the JVM's default store. */
    private static X509ExtendedTrustManager pkix(List<X509Certificate> anchors) throws GeneralSecurityException {
        KeyStore trustStore = null;
        if (anchors != null) {
            try {
                trustStore = emptyStore();
            } catch (IOException e) {
                throw new GeneralSecurityException("cannot make an in-memory trust store", e);
            }
            int index = 0;
            for (X509Certificate ca : anchors) {
                trustStore.setCertificateEntry("csms-ca-" + index++, ca);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore); // null = the JVM default trust store
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available in this JVM");
    }

    private static KeyManager[] keyManagers(ClientIdentity identity) throws GeneralSecurityException {
        KeyStore store;
        try {
            store = emptyStore();
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot make an in-memory key store", e);
        }
        char[] password = new char[0];
        store.setKeyEntry("client", identity.key(), password, identity.chain().toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        return kmf.getKeyManagers();
    }

    /** Fails at start-up, naming both files, rather than at every handshake. */
    private static void requireMatchingKey(PrivateKey key, X509Certificate leaf, ClientCertificate client)
            throws IOException, GeneralSecurityException {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        if (!leaf.getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new IOException(client.privateKeyPem() + ": " + key.getAlgorithm() + " key does not match the "
                    + leaf.getPublicKey().getAlgorithm() + " certificate " + client.certificatePem());
        }
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(leaf.getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IOException(client.privateKeyPem() + ": key does not belong to the first certificate in "
                    + client.certificatePem());
        }
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    /** Delegates every check to the PKIX trust manager; only observes server-certificate rejections. */
    private static final class ReportingTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;
        private final Consumer<CertificateException> rejected;

        ReportingTrustManager(X509ExtendedTrustManager delegate, Consumer<CertificateException> rejected) {
            this.delegate = delegate;
            this.rejected = rejected;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                // The socket variant applies the endpoint identification (host name check) set on the socket.
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                rejected.accept(e);
                throw e;
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                rejected.accept(e);
                throw e;
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            // Without a socket there is no host to check against; refuse rather than skip the check.
            throw new CertificateException("server certificate check needs the connection (host name check)");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
