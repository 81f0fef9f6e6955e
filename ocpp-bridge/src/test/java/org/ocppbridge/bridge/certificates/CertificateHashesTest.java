package org.ocppbridge.bridge.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.CertificateHashDataType;
import org.ocppbridge.mappings.ocpp.HashAlgorithmEnumType;

/**
 * CertificateHashData (M03/M04, errata 2023-12 §2.15.1) checked against values computed here independently: the
 * certificate's DER is walked by hand, so neither the JDK's nor Bouncy Castle's view of the fields is trusted.
 */
class CertificateHashesTest {

    @Test
    void M04_hashes_of_a_leaf_are_its_issuer_name_DER_its_issuers_key_bits_and_its_serial_in_hex() throws Exception {
        Pki.Issued root = Pki.root("Hash Root");
        KeyPair leafKeys = Pki.ec();
        BigInteger serial = new BigInteger("00f1e2d3c4b5a6978800112233445566778899aa", 16); // high bit: DER adds 00
        X509Certificate leaf = Pki.leaf(root, leafKeys.getPublic(), serial, 0);

        CertificateHashDataType hashes =
                CertificateHashes.of(leaf, root.certificate().getPublicKey(), HashAlgorithmEnumType.SHA256);

        assertEquals(HashAlgorithmEnumType.SHA256, hashes.hashAlgorithm());
        assertEquals(sha256Hex(Der.issuerName(leaf.getEncoded())), hashes.issuerNameHash());
        assertEquals(sha256Hex(Der.subjectPublicKeyBits(root.certificate().getEncoded())), hashes.issuerKeyHash());
        assertEquals(Der.serialHex(leaf.getEncoded()), hashes.serialNumber());
        assertEquals("f1e2d3c4b5a6978800112233445566778899aa", hashes.serialNumber());
        assertEquals(64, hashes.issuerNameHash().length());
    }

    @Test
    void a_self_signed_root_is_hashed_with_its_own_name_and_key() throws Exception {
        Pki.Issued root = Pki.root("Self");
        CertificateHashDataType hashes = CertificateHashes.of(
                root.certificate(), root.certificate().getPublicKey(), HashAlgorithmEnumType.SHA256);
        byte[] der = root.certificate().getEncoded();
        assertEquals(sha256Hex(Der.issuerName(der)), hashes.issuerNameHash());
        assertEquals(sha256Hex(Der.subjectPublicKeyBits(der)), hashes.issuerKeyHash());
        assertEquals("1000", hashes.serialNumber()); // 4096
    }

    @Test
    void the_serial_number_has_no_0x_and_no_leading_zeroes() {
        assertEquals("abc", CertificateHashes.serialNumber(BigInteger.valueOf(0x0abc)));
        assertEquals("1", CertificateHashes.serialNumber(BigInteger.ONE));
        assertEquals("0", CertificateHashes.serialNumber(BigInteger.ZERO));
    }

    @Test
    void SHA384_and_SHA512_give_longer_hashes_of_the_same_bytes() throws Exception {
        Pki.Issued root = Pki.root("Long");
        X509Certificate leaf = Pki.leaf(root, Pki.ec().getPublic(), BigInteger.valueOf(5), 0);
        for (var algorithm :
                new Object[][] {{HashAlgorithmEnumType.SHA384, "SHA-384"}, {HashAlgorithmEnumType.SHA512, "SHA-512"}}) {
            CertificateHashDataType hashes =
                    CertificateHashes.of(leaf, root.certificate().getPublicKey(), (HashAlgorithmEnumType) algorithm[0]);
            MessageDigest digest = MessageDigest.getInstance((String) algorithm[1]);
            assertEquals(
                    HexFormat.of().formatHex(digest.digest(Der.issuerName(leaf.getEncoded()))),
                    hashes.issuerNameHash());
            assertTrue(hashes.issuerKeyHash().length() <= 128);
        }
    }

    @Test
    void an_RSA_issuer_key_is_hashed_over_its_key_bits_too() throws Exception {
        KeyPair rsa = Pki.rsa();
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=RSA Root");
        X509Certificate root =
                Pki.certificate(name, rsa.getPrivate(), name, rsa.getPublic(), BigInteger.valueOf(3), true, 0);
        CertificateHashDataType hashes = CertificateHashes.of(root, rsa.getPublic(), HashAlgorithmEnumType.SHA256);
        assertEquals(sha256Hex(Der.subjectPublicKeyBits(root.getEncoded())), hashes.issuerKeyHash());
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A minimal DER walker over an X.509 certificate (RFC 5280 §4.1), for these tests only. */
    static final class Der {

        /** One element: where its tag starts, where its content starts and ends. */
        private record Element(int start, int contentStart, int end, int tag) {}

        private static Element read(byte[] der, int at) {
            int tag = der[at] & 0xff;
            int length = der[at + 1] & 0xff;
            int content = at + 2;
            if (length > 0x7f) {
                int octets = length & 0x7f;
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (der[content + i] & 0xff);
                }
                content += octets;
            }
            return new Element(at, content, content + length, tag);
        }

        /** tbsCertificate's children in order, with the optional [0] version skipped. */
        private static Element[] tbsFields(byte[] der) {
            Element certificate = read(der, 0);
            Element tbs = read(der, certificate.contentStart());
            Element[] out = new Element[7];
            int at = tbs.contentStart();
            int n = 0;
            while (at < tbs.end() && n < out.length) {
                Element e = read(der, at);
                if (e.tag() != 0xa0) { // [0] EXPLICIT version
                    out[n++] = e;
                }
                at = e.end();
            }
            return out; // serial, signature, issuer, validity, subject, subjectPublicKeyInfo, …
        }

        static byte[] issuerName(byte[] der) {
            Element issuer = tbsFields(der)[2];
            return Arrays.copyOfRange(der, issuer.start(), issuer.end());
        }

        static byte[] subjectPublicKeyBits(byte[] der) {
            Element spki = tbsFields(der)[5];
            Element algorithm = read(der, spki.contentStart());
            Element bitString = read(der, algorithm.end());
            assertEquals(0x03, bitString.tag());
            assertEquals(0, der[bitString.contentStart()], "unused bits");
            return Arrays.copyOfRange(der, bitString.contentStart() + 1, bitString.end());
        }

        static String serialHex(byte[] der) {
            Element serial = tbsFields(der)[0];
            String hex = HexFormat.of().formatHex(Arrays.copyOfRange(der, serial.contentStart(), serial.end()));
            String stripped = hex.replaceFirst("^0+", "");
            return stripped.isEmpty() ? "0" : stripped;
        }
    }
}
