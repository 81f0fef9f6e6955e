package org.ocppbridge.bridge.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust for file transfers (firmware downloads, log uploads over https and ftps): the JVM's trust store, plus
 * the CSMS's CA ({@code --csms-ca}) when given, since an operator's file servers often share the CSMS's private CA.
 */
public final class TlsTrust {

    private TlsTrust() {}

    /**
     * An SSL context trusting both; null when no extra CA is configured (then the JVM default applies).
     *
     * @throws IllegalArgumentException when the CA file cannot be read as certificates
     */
    public static SSLContext context(Path extraCaPem) {
        if (extraCaPem == null) {
            return null;
        }
        try {
            return trustingAlso(extraCaPem);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot load the CSMS CA " + extraCaPem, e);
        }
    }

    private static SSLContext trustingAlso(Path extraCaPem) throws IOException, GeneralSecurityException {
        KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
        extra.load(null, null);
        try (InputStream in = Files.newInputStream(extraCaPem)) {
            int i = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                extra.setCertificateEntry("csms-ca-" + i++, certificate);
            }
        }
        X509TrustManager jvm = trustManager(null);
        X509TrustManager csms = trustManager(extra);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new Either(jvm, csms)}, null);
        return context;
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager available");
    }

    /** Trusts a server chain that either manager trusts. */
    private record Either(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not checked here");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException notByTheJvm) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(List.of(first.getAcceptedIssuers()));
            all.addAll(List.of(second.getAcceptedIssuers()));
            return all.toArray(new X509Certificate[0]);
        }
    }
}
