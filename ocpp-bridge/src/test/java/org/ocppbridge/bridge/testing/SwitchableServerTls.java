package org.ocppbridge.bridge.testing;

import java.net.Socket;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A CSMS's TLS side whose server certificate and trusted client CAs the test changes between two connections (a
 * CSMS moving to a certificate under a new root; a CSMS that does not trust a station's renewed certificate).
 * It records every handshake: the server certificate it presented and the client certificate it was shown, so a
 * test can wait for "the station tried" without a pause. The checks are the JDK's PKIX ones; nothing trusts all.
 */
public final class SwitchableServerTls {

    /** One client certificate check: the certificate the station presented, and whether it was trusted. */
    public record Handshake(X509Certificate client, boolean clientTrusted) {}

    /** A server key and chain under its own alias: a handshake keeps the one it chose, whatever comes next. */
    private record Identity(PrivateKey key, X509Certificate[] chain) {}

    private final Map<String, Identity> identities = new ConcurrentHashMap<>();
    private final AtomicInteger aliases = new AtomicInteger();
    private volatile String current;
    private volatile X509Certificate[] trustedClientRoots;
    private final BlockingQueue<X509Certificate> presented = new LinkedBlockingQueue<>();
    private final BlockingQueue<Handshake> handshakes = new LinkedBlockingQueue<>();
    private final Set<Object> seen = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public SwitchableServerTls(PrivateKey key, X509Certificate[] chain, X509Certificate... trustedClientRoots) {
        present(key, chain);
        trustClients(trustedClientRoots);
    }

    /** The server certificate of the next handshakes. */
    public void present(PrivateKey key, X509Certificate... chain) {
        String alias = "server-" + aliases.incrementAndGet();
        identities.put(alias, new Identity(key, chain.clone()));
        current = alias;
    }

    /** The roots client certificates must chain to from the next handshake on. */
    public void trustClients(X509Certificate... roots) {
        trustedClientRoots = roots.clone();
    }

    /**
     * Forgets what was recorded so far. The JDK asks the key manager more than once per handshake (once per
     * signature scheme it considers), so a test forgets before it makes the station connect again and then waits
     * for the first record of that handshake.
     */
    public void forget() {
        presented.clear();
        handshakes.clear();
    }

    /** The next server certificate presented, within {@code timeout}. */
    public X509Certificate awaitPresented(Duration timeout) throws InterruptedException {
        X509Certificate next = presented.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("no TLS handshake within " + timeout);
        }
        return next;
    }

    /** The next client certificate check (mutual TLS), within {@code timeout}. */
    public Handshake awaitClientCheck(Duration timeout) throws InterruptedException {
        Handshake next = handshakes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("no client certificate check within " + timeout);
        }
        return next;
    }

    public SSLContext context() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new X509ExtendedKeyManager[] {new Keys()}, new TrustManager[] {new Clients()}, new SecureRandom());
        return context;
    }

    private final class Keys extends X509ExtendedKeyManager {
        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            String alias = current;
            X509Certificate leaf = identities.get(alias).chain()[0];
            if (!leaf.getPublicKey().getAlgorithm().equals(keyType)) {
                return null;
            }
            // Asked once per signature scheme considered: recorded once per handshake.
            Object handshake = engine == null ? new Object() : engine.getHandshakeSession();
            if (handshake == null || seen.add(handshake)) {
                presented.add(leaf);
            }
            return alias;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return chooseEngineServerAlias(keyType, issuers, null);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            Identity identity = identities.get(alias);
            return identity == null ? null : identity.chain().clone();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            Identity identity = identities.get(alias);
            return identity == null ? null : identity.key();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return new String[] {current};
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }

    private final class Clients extends X509ExtendedTrustManager {
        private X509TrustManager pkix() throws CertificateException {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                int index = 0;
                for (X509Certificate root : trustedClientRoots) {
                    store.setCertificateEntry("client-root-" + index++, root);
                }
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        return x509;
                    }
                }
                throw new CertificateException("no X509TrustManager");
            } catch (CertificateException e) {
                throw e;
            } catch (Exception e) {
                throw new CertificateException(e);
            }
        }

        private void check(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                pkix().checkClientTrusted(chain, authType);
                handshakes.add(new Handshake(chain[0], true));
            } catch (CertificateException e) {
                handshakes.add(new Handshake(chain[0], false));
                throw e;
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a CSMS does not check server certificates");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a CSMS does not check server certificates");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a CSMS does not check server certificates");
        }

        /**
         * Names no CA in the CertificateRequest: a JDK client would otherwise not send a certificate of another
         * issuer at all, and the refusal would never reach the check above (both end the handshake alike).
         */
        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
