package org.ocppbridge.mappings.ocpp;

import java.util.Locale;

/**
 * {@code CertificateHashDataType}: identifies one certificate by hashes of its issuer and its serial number.
 *
 * @param hashAlgorithm the algorithm of both hashes
 * @param issuerNameHash hex of the hash of the DER encoding of the issuer's name; ≤ 128 characters
 * @param issuerKeyHash hex of the hash of the issuer's public key bits; ≤ 128 characters
 * @param serialNumber hex of the serial number without "0x" and without leading zeroes; ≤ 40 characters
 */
public record CertificateHashDataType(
        HashAlgorithmEnumType hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber) {

    public CertificateHashDataType {
        Constraints.required(hashAlgorithm, "CertificateHashDataType", "hashAlgorithm");
        Constraints.requiredMaxLength(issuerNameHash, 128, "CertificateHashDataType", "issuerNameHash");
        Constraints.requiredMaxLength(issuerKeyHash, 128, "CertificateHashDataType", "issuerKeyHash");
        Constraints.requiredMaxLength(serialNumber, 40, "CertificateHashDataType", "serialNumber");
    }

    /**
     * Whether both identify the same certificate. The three strings are identifierStrings, which the errata of
     * 2023-12 declares case-insensitive, so a CSMS that writes the hex in upper case still matches.
     */
    public boolean sameCertificateAs(CertificateHashDataType other) {
        return hashAlgorithm == other.hashAlgorithm
                && lower(issuerNameHash).equals(lower(other.issuerNameHash))
                && lower(issuerKeyHash).equals(lower(other.issuerKeyHash))
                && lower(serialNumber).equals(lower(other.serialNumber));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
