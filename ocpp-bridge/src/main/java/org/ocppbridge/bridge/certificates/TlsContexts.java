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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS material of security profiles 2 and 3, loaded once from the PEM files: the trust anchors for the CSMS
 * certificate (only the configured CA, or the JVM default store when none is configured) and, for profile 3,
 * the client key and chain. There is no code path that accepts an unverified server certificate: every
 * context delegates to the JDK's PKIX trust manager, and the caller turns on host name verification.
 */
public final class TlsContexts {

    /** TLS 1.2 is the minimum of OCPP 2.0.1 (A00.FR.309/.409); 1.3 is preferred when the CSMS offers it. */
    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final X509ExtendedTrustManager trustManager;
    private final KeyManager[] keyManagers;

    private TlsContexts(X509ExtendedTrustManager trustManager, KeyManager[] keyManagers) {
        this.trustManager = trustManager;
        this.keyManagers = keyManagers;
    }

    /**
     * Loads the PEM files: the CSMS's CA(s) (empty: the JVM's default store) and, for security profile 3, the
     * client certificate; the exception names the file that is wrong.
     */
    public static TlsContexts load(Optional<Path> csmsCaPem, Optional<ClientCertificate> clientCertificate)
            throws IOException {
        try {
            KeyStore trustStore = null;
            if (csmsCaPem.isPresent()) {
                trustStore = emptyStore();
                int index = 0;
                for (X509Certificate ca : PemFiles.readCertificates(csmsCaPem.get())) {
                    trustStore.setCertificateEntry("csms-ca-" + index++, ca);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore); // null = the JVM default trust store
            X509ExtendedTrustManager pkix = null;
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x509) {
                    pkix = x509;
                }
            }
            if (pkix == null) {
                throw new IOException("no X.509 trust manager available in this JVM");
            }
            KeyManager[] keyManagers = null;
            if (clientCertificate.isPresent()) {
                keyManagers = keyManagers(clientCertificate.get());
            }
            return new TlsContexts(pkix, keyManagers);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * A fresh context whose trust manager reports each rejected CSMS certificate to {@code rejected} before the
     * handshake fails, so the caller can tell "invalid CSMS certificate" from other TLS errors. One context per
     * connection keeps the report tied to its connection.
     */
    public SSLContext newContext(Consumer<CertificateException> rejected) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(
                keyManagers,
                new TrustManager[] {new ReportingTrustManager(trustManager, rejected)},
                new SecureRandom());
        return context;
    }

    private static KeyManager[] keyManagers(ClientCertificate client) throws IOException, GeneralSecurityException {
        List<X509Certificate> chain = PemFiles.readCertificates(client.certificatePem());
        PrivateKey key = PemFiles.readPrivateKey(client.privateKeyPem());
        requireMatchingKey(key, chain.get(0), client);
        KeyStore store = emptyStore();
        char[] password = new char[0];
        store.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
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
