package org.ocppbridge.simulator.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority for tests and the simulator: a self-signed root that issues firmware signing
 * certificates (RSA or EC, any validity window, optionally with a CRL distribution point) and CRLs. Make a
 * second instance for an untrusted root. Thread-safe.
 */
public final class TestPki {

    private final String name;
    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final AtomicLong serials = new AtomicLong(1);
    private final List<X509Certificate> revoked = new ArrayList<>();

    private TestPki(String name, KeyPair rootKeys, X509Certificate root) {
        this.name = name;
        this.rootKeys = rootKeys;
        this.root = root;
    }

    /** A new RSA root named {@code CN=<name>}, valid from a day ago for ten years. */
    public static TestPki create(String name) throws GeneralSecurityException {
        Objects.requireNonNull(name, "name");
        KeyPair keys = generate(KeyType.RSA);
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + name);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.valueOf(1000),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                subject,
                keys.getPublic());
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate root =
                    new JcaX509CertificateConverter().getCertificate(builder.build(signer(KeyType.RSA, keys)));
            return new TestPki(name, keys, root);
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build root certificate", e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    public String rootPem() {
        return Pem.of(root);
    }

    /** A firmware signing certificate valid from an hour ago for a year, without a CRL distribution point. */
    public FirmwareSigner issueSigner(KeyType keyType) throws GeneralSecurityException {
        Instant now = Instant.now();
        return issueSigner(keyType, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), null);
    }

    /**
     * A firmware signing certificate.
     *
     * @param crlDistributionPoint URL put in the certificate's CRL distribution points; null for none
     */
    public FirmwareSigner issueSigner(KeyType keyType, Instant notBefore, Instant notAfter, URI crlDistributionPoint)
            throws GeneralSecurityException {
        KeyPair keys = generate(keyType);
        BigInteger serial = BigInteger.valueOf(serials.incrementAndGet());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                root,
                serial,
                Date.from(notBefore),
                Date.from(notAfter),
                new javax.security.auth.x500.X500Principal("CN=" + name + " firmware signer " + serial),
                keys.getPublic());
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
            if (crlDistributionPoint != null) {
                GeneralNames names = new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, crlDistributionPoint.toString()));
                DistributionPoint point = new DistributionPoint(new DistributionPointName(names), null, null);
                builder.addExtension(
                        Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {point}));
            }
            X509Certificate certificate =
                    new JcaX509CertificateConverter().getCertificate(builder.build(signer(KeyType.RSA, rootKeys)));
            return new FirmwareSigner(certificate, keys.getPrivate(), keyType);
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build signing certificate", e);
        }
    }

    /** Lists {@code certificate} in every CRL made from now on. */
    public synchronized void revoke(X509Certificate certificate) {
        revoked.add(certificate);
    }

    /** A CRL signed by the root, listing every revoked certificate, valid from an hour ago for a week. */
    public synchronized X509CRL crl() throws GeneralSecurityException {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(Duration.ofHours(1))));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(
                    certificate.getSerialNumber(),
                    Date.from(now.minus(Duration.ofMinutes(5))),
                    CRLReason.keyCompromise);
        }
        try {
            X509CRLHolder holder = builder.build(signer(KeyType.RSA, rootKeys));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build CRL", e);
        }
    }

    /** Writes {@code root.pem} and {@code root.crl.pem} into {@code dir}. */
    public void writeTo(Path dir) throws IOException, GeneralSecurityException {
        Pem.write(dir.resolve("root.pem"), rootPem());
        Pem.write(dir.resolve("root.crl.pem"), Pem.of(crl()));
    }

    public PublicKey rootPublicKey() {
        return rootKeys.getPublic();
    }

    private static KeyPair generate(KeyType keyType) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyType.keyAlgorithm());
        if (keyType == KeyType.EC) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(KeyType keyType, KeyPair keys) throws OperatorCreationException {
        return new JcaContentSignerBuilder(keyType.signatureAlgorithm()).build(keys.getPrivate());
    }
}
