package org.ocppbridge.mappings.ocpp;

/** {@code HashAlgorithmEnumType}: the algorithm of the hashes in a CertificateHashDataType. Constant names are the JSON strings. */
public enum HashAlgorithmEnumType {
    SHA256,
    SHA384,
    SHA512
}
