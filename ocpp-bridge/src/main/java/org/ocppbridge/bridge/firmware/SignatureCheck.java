package org.ocppbridge.bridge.firmware;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * How to verify one image: the signing certificate's key, the algorithm its key type calls for (SHA-256 with
 * RSA PKCS#1 v1.5 or with ECDSA), and the decoded signature bytes.
 */
record SignatureCheck(X509Certificate certificate, String algorithm, byte[] signature) {

    SignatureCheck {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signature, "signature");
    }

    /** The algorithm for the certificate's key, or null when the key type is not supported. */
    static String algorithmFor(X509Certificate certificate) {
        return switch (certificate.getPublicKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
    }

    /** A fresh verifier: each download attempt starts from an empty state. */
    Signature newVerifier() {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            return verifier;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up " + algorithm + " verification", e);
        }
    }
}
