package org.ocppbridge.simulator.pki;

import com.google.gson.JsonObject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The CSMS's own computation of a certificate's CertificateHashDataType (SHA-256; errata 2023-12 §2.15.1), to
 * find a certificate in a GetInstalledCertificateIdsResponse and to name it in a DeleteCertificateRequest. The
 * simulator judges any station, so it computes this itself rather than trusting the station's numbers.
 */
public final class CertificateHashData {

    private CertificateHashData() {}

    /** {@code {"hashAlgorithm":"SHA256","issuerNameHash":…,"issuerKeyHash":…,"serialNumber":…}}. */
    public static JsonObject sha256(X509Certificate certificate, PublicKey issuerKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            HexFormat hex = HexFormat.of();
            JsonObject hash = new JsonObject();
            hash.addProperty("hashAlgorithm", "SHA256");
            hash.addProperty(
                    "issuerNameHash",
                    hex.formatHex(
                            sha256.digest(certificate.getIssuerX500Principal().getEncoded())));
            byte[] keyBits = SubjectPublicKeyInfo.getInstance(issuerKey.getEncoded())
                    .getPublicKeyData()
                    .getBytes();
            hash.addProperty("issuerKeyHash", hex.formatHex(sha256.digest(keyBits)));
            hash.addProperty("serialNumber", certificate.getSerialNumber().toString(16));
            return hash;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A self-signed root's hash data (its own name and key). */
    public static JsonObject ofRoot(X509Certificate root) {
        return sha256(root, root.getPublicKey());
    }

    /**
     * Whether two hash data name the same certificate: same algorithm, and the three identifierStrings equal
     * ignoring case (errata 2023-12 §2.15.1).
     */
    public static boolean same(JsonObject a, JsonObject b) {
        for (String field : new String[] {"hashAlgorithm", "issuerNameHash", "issuerKeyHash", "serialNumber"}) {
            if (!a.has(field) || !b.has(field)) {
                return false;
            }
            String x = a.get(field).getAsString().toLowerCase(Locale.ROOT);
            String y = b.get(field).getAsString().toLowerCase(Locale.ROOT);
            if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
