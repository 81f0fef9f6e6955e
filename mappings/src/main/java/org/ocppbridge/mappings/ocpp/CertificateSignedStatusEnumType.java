package org.ocppbridge.mappings.ocpp;

/** {@code CertificateSignedStatusEnumType}: the outcome of the checks of a signed chain (A02/A03). Constant names are the JSON strings. */
public enum CertificateSignedStatusEnumType {
    Accepted,
    Rejected
}
