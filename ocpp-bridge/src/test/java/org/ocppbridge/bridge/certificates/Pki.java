package org.ocppbridge.bridge.certificates;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made in the test: roots, intermediates and leaves, valid or not, with chosen serials. */
final class Pki {

    /** A key pair and its certificate. */
    record Issued(KeyPair keys, X509Certificate certificate) {
        PrivateKey privateKey() {
            return keys.getPrivate();
        }

        X500Name name() {
            return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        }
    }

    static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private Pki() {}

    static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A self-signed CA valid from a day before {@link #NOW} to a year after. */
    static Issued root(String commonName) throws Exception {
        KeyPair keys = ec();
        X500Name name = new X500Name("CN=" + commonName + ",O=Test PKI");
        return new Issued(
                keys, certificate(name, keys.getPrivate(), name, keys.getPublic(), BigInteger.valueOf(4096), true, 0));
    }

    /** A self-signed CA that expired a day before {@link #NOW}. */
    static Issued expiredRoot(String commonName) throws Exception {
        KeyPair keys = ec();
        X500Name name = new X500Name("CN=" + commonName);
        return new Issued(
                keys, certificate(name, keys.getPrivate(), name, keys.getPublic(), BigInteger.TEN, true, -400));
    }

    /** A self-signed certificate without the CA flag. */
    static Issued selfSignedLeaf(String commonName) throws Exception {
        KeyPair keys = ec();
        X500Name name = new X500Name("CN=" + commonName);
        return new Issued(keys, certificate(name, keys.getPrivate(), name, keys.getPublic(), BigInteger.TWO, false, 0));
    }

    /** A CA issued by {@code issuer}. */
    static Issued intermediate(Issued issuer, String commonName) throws Exception {
        KeyPair keys = ec();
        return new Issued(
                keys,
                certificate(
                        issuer.name(),
                        issuer.privateKey(),
                        new X500Name("CN=" + commonName),
                        keys.getPublic(),
                        BigInteger.valueOf(77),
                        true,
                        0));
    }

    /** An end-entity certificate for {@code key}, issued by {@code issuer}, shifted by {@code days}. */
    static X509Certificate leaf(Issued issuer, PublicKey key, BigInteger serial, int days) throws Exception {
        return certificate(
                issuer.name(), issuer.privateKey(), new X500Name("CN=CS-1,O=Test"), key, serial, false, days);
    }

    static X509Certificate certificate(
            X500Name issuer,
            PrivateKey issuerKey,
            X500Name subject,
            PublicKey key,
            BigInteger serial,
            boolean ca,
            int shiftDays)
            throws Exception {
        Instant from = NOW.minus(1, ChronoUnit.DAYS).plus(shiftDays, ChronoUnit.DAYS);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer, serial, Date.from(from), Date.from(from.plus(366, ChronoUnit.DAYS)), subject, key);
        if (ca) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        }
        String algorithm = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
    }
}
