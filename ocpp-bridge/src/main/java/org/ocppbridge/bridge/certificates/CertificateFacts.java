package org.ocppbridge.bridge.certificates;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** The questions both checks ask of a certificate, answered by Bouncy Castle's certificate holder. */
final class CertificateFacts {

    private CertificateFacts() {}

    static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new JcaX509CertificateHolder(certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("a certificate that does not encode", e);
        }
    }

    /** notBefore ≤ now ≤ notAfter. */
    static boolean validAt(X509Certificate certificate, Instant now) {
        return holder(certificate).isValidOn(Date.from(now));
    }

    /** basicConstraints present with cA true (RFC 5280 §4.2.1.9): the certificate may issue others. */
    static boolean isCa(X509Certificate certificate) {
        BasicConstraints constraints =
                BasicConstraints.fromExtensions(holder(certificate).getExtensions());
        return constraints != null && constraints.isCA();
    }

    /** Whether {@code key} verifies the certificate's signature. */
    static boolean signedBy(X509Certificate certificate, PublicKey key) {
        try {
            return holder(certificate).isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (CertException | OperatorCreationException e) {
            return false; // a key of another algorithm, or a signature that does not parse: not signed by it
        }
    }

    /** Issued by itself: issuer equals subject and its own key verifies it. */
    static boolean selfSigned(X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())
                && signedBy(certificate, certificate.getPublicKey());
    }

    /** The same public key, compared by encoding. */
    static boolean sameKey(PublicKey a, PublicKey b) {
        return Arrays.equals(a.getEncoded(), b.getEncoded());
    }

    static boolean sameCertificate(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
