package org.ocppbridge.mappings.ocpp;

/** {@code DeleteCertificateStatusEnumType}: the outcome of a DeleteCertificate (M04). Constant names are the JSON strings. */
public enum DeleteCertificateStatusEnumType {
    Accepted,
    Failed,
    NotFound
}
