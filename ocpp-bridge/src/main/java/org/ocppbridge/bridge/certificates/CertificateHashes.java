package org.ocppbridge.bridge.certificates;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.ocppbridge.mappings.ocpp.CertificateHashDataType;
import org.ocppbridge.mappings.ocpp.HashAlgorithmEnumType;

/**
 * The CertificateHashDataType of a certificate (errata 2023-12 §2.15.1): the hash of the DER encoding of its
 * issuer name, the hash of its issuer's public key (the bits of the subjectPublicKey BIT STRING, without tag,
 * length and unused-bits octet, as OCSP's CertID hashes it), and its serial number as hexadecimal without "0x"
 * and without leading zeroes. Hex is written in lower case; matching ignores case (identifierString).
 */
public final class CertificateHashes {

    private CertificateHashes() {}

    /**
     * @param certificate the certificate to identify
     * @param issuerKey the public key of the certificate that issued it (its own for a self-signed root)
     */
    public static CertificateHashDataType of(
            X509Certificate certificate, PublicKey issuerKey, HashAlgorithmEnumType algorithm) {
        MessageDigest digest = digest(algorithm);
        HexFormat hex = HexFormat.of();
        String issuerNameHash =
                hex.formatHex(digest.digest(certificate.getIssuerX500Principal().getEncoded()));
        byte[] keyBits = SubjectPublicKeyInfo.getInstance(issuerKey.getEncoded())
                .getPublicKeyData()
                .getBytes();
        String issuerKeyHash = hex.formatHex(digest.digest(keyBits));
        return new CertificateHashDataType(
                algorithm, issuerNameHash, issuerKeyHash, serialNumber(certificate.getSerialNumber()));
    }

    /** "0x0A1B" is written "a1b": hexadecimal, no prefix, no leading zeroes. */
    static String serialNumber(BigInteger serial) {
        // RFC 5280 serials are positive; a negative one (a broken CA) is written as its two's-complement bytes,
        // the bytes on the wire, rather than with a minus sign no CSMS would expect.
        BigInteger value = serial.signum() >= 0 ? serial : new BigInteger(1, serial.toByteArray());
        return value.toString(16);
    }

    private static MessageDigest digest(HashAlgorithmEnumType algorithm) {
        String name =
                switch (algorithm) {
                    case SHA256 -> "SHA-256";
                    case SHA384 -> "SHA-384";
                    case SHA512 -> "SHA-512";
                };
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has " + name, e);
        }
    }
}
