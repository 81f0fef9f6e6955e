package org.ocppbridge.simulator.pki;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * The simulator's CSMS-side certificate authority (security profiles 2 and 3, A02/A03, M05): an EC root that
 * issues the CSMS's TLS server certificate, stations' client certificates, and signs the CSRs stations send in
 * SignCertificateRequest, as an operator's CA behind a CSMS would. Thread-safe.
 */
public final class CertificateAuthority {

    /** A key pair and the certificate issued for it. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
        public String certificatePem() {
            return Pem.of(certificate);
        }

        /** The private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
        public String privateKeyPem() {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPrivate().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        }
    }

    private static final Duration VALIDITY = Duration.ofDays(365);

    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final X500Name rootName;
    private final AtomicLong serials = new AtomicLong(0x1000);

    private CertificateAuthority(KeyPair rootKeys, X509Certificate root, X500Name rootName) {
        this.rootKeys = rootKeys;
        this.root = root;
        this.rootName = rootName;
    }

    /** A new root {@code CN=<name>}, valid from a day ago for ten years. */
    public static CertificateAuthority create(String name) throws GeneralSecurityException {
        KeyPair keys = ecKeys();
        X500Name subject = new X500Name("CN=" + Objects.requireNonNull(name, "name"));
        Instant now = Instant.now();
        X509Certificate root = ca(subject, keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        return new CertificateAuthority(keys, root, subject);
    }

    /** A self-signed CA certificate {@code CN=<name>} whose validity ended a day ago (TC_M_07). */
    public static X509Certificate expiredRoot(String name) throws GeneralSecurityException {
        Instant now = Instant.now();
        return ca(new X500Name("CN=" + name), ecKeys(), now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
    }

    /** Another root, of its own keys, valid now: a CA certificate a station may install (TC_M_01, M_02). */
    public static X509Certificate freshRoot(String name) throws GeneralSecurityException {
        Instant now = Instant.now();
        return ca(new X500Name("CN=" + name), ecKeys(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
    }

    public X509Certificate root() {
        return root;
    }

    public String rootPem() {
        return Pem.of(root);
    }

    /** A TLS server certificate for these names (IP addresses or DNS names, checked by the station). */
    public Issued issueServer(String... names) throws GeneralSecurityException {
        KeyPair keys = ecKeys();
        GeneralName[] altNames = new GeneralName[names.length];
        for (int i = 0; i < names.length; i++) {
            boolean ip = Character.isDigit(names[i].charAt(0)) || names[i].contains(":");
            altNames[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, names[i]);
        }
        X509v3CertificateBuilder builder = leaf(new X500Name("CN=" + names[0]), keys.getPublic());
        try {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(altNames));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot add the server extensions", e);
        }
        return new Issued(keys, sign(builder));
    }

    /** A TLS client certificate (security profile 3) for a new key, {@code O=<organization>, CN=<stationId>}. */
    public Issued issueClient(String stationId, String organization) throws GeneralSecurityException {
        KeyPair keys = ecKeys();
        return new Issued(keys, clientCertificate(stationId, organization, keys.getPublic()));
    }

    /**
     * Signs a station's PEM PKCS#10 request (A02/A03): checks its self-signature and returns the certificate for
     * its key with its subject, as PEM.
     *
     * @throws GeneralSecurityException when the text is not a PKCS#10 request or its signature does not verify
     */
    public String signCsr(String csrPem) throws GeneralSecurityException {
        PKCS10CertificationRequest csr = parseCsr(csrPem);
        try {
            PublicKey key = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter()
                    .getPublicKey(csr.getSubjectPublicKeyInfo());
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new GeneralSecurityException("the CSR's signature does not verify with its own key");
            }
            X509v3CertificateBuilder builder = leaf(csr.getSubject(), key);
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            return Pem.of(sign(builder));
        } catch (OperatorCreationException | PKCSException | IOException e) {
            throw new GeneralSecurityException("cannot sign the CSR: " + e.getMessage(), e);
        }
    }

    /** Parses a PEM {@code CERTIFICATE REQUEST}; fails when the text is anything else. */
    public static PKCS10CertificationRequest parseCsr(String csrPem) throws GeneralSecurityException {
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            Object first = parser.readObject();
            if (!(first instanceof PKCS10CertificationRequest csr)) {
                throw new GeneralSecurityException("not a PEM 'CERTIFICATE REQUEST' (RFC 2986)");
            }
            return csr;
        } catch (IOException e) {
            throw new GeneralSecurityException("not a PEM 'CERTIFICATE REQUEST' (RFC 2986)", e);
        }
    }

    /**
     * A server-side TLS context presenting {@code server} with this root; when {@code trustClients}, it trusts
     * client certificates issued by this root (the builder's {@code mutualTls} then requires one).
     */
    public SSLContext serverContext(Issued server, boolean trustClients) throws GeneralSecurityException {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(
                    "server", server.keys().getPrivate(), new char[0], new X509Certificate[] {server.certificate(), root
                    });
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
            TrustManagerFactory tmf = null;
            if (trustClients) {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("csms-root", root);
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot build the server's key store", e);
        }
    }

    private X509Certificate clientCertificate(String stationId, String organization, PublicKey key)
            throws GeneralSecurityException {
        X509v3CertificateBuilder builder = leaf(new X500Name("O=" + organization + ",CN=" + stationId), key);
        try {
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot add the client extension", e);
        }
        return sign(builder);
    }

    private X509v3CertificateBuilder leaf(X500Name subject, PublicKey key) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(
                rootName,
                BigInteger.valueOf(serials.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(VALIDITY)),
                subject,
                key);
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(rootKeys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign a certificate", e);
        }
    }

    private static X509Certificate ca(X500Name name, KeyPair keys, Instant from, Instant to)
            throws GeneralSecurityException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(Instant.now().toEpochMilli()),
                Date.from(from),
                Date.from(to),
                name,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(keys.getPrivate())));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build a CA certificate", e);
        }
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(key);
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
