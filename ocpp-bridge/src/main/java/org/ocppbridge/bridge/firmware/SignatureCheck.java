package org.ocppbridge.bridge.firmware;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
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

    /** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017 §9.2 note 1). */
    private static final byte[] SHA256_DIGEST_INFO = HexFormat.of().parseHex("3031300d060960864801650304020105000420");

    /**
     * Verifies the signature over an image whose SHA-256 the download already computed, so the image is hashed
     * once for both the reported digest and the signature: the same check as {@link #algorithm()} over the whole
     * file, with the hashing done by the caller. RSA verifies the PKCS#1 v1.5 DigestInfo, ECDSA the digest itself.
     */
    boolean verifyDigest(byte[] sha256) {
        try {
            boolean rsa = certificate.getPublicKey().getAlgorithm().equals("RSA");
            Signature verifier = Signature.getInstance(rsa ? "NONEwithRSA" : "NONEwithECDSA");
            verifier.initVerify(certificate.getPublicKey());
            if (rsa) {
                verifier.update(SHA256_DIGEST_INFO);
            }
            verifier.update(sha256);
            return verifier.verify(signature);
        } catch (SignatureException malformed) {
            // Bytes that are not a signature of this key's form at all are simply an invalid signature.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up " + algorithm + " verification", e);
        }
    }
}
