package org.ocppbridge.mappings.ocpp;

/** {@code GetInstalledCertificateStatusEnumType}: whether any installed certificate matched the request. Constant names are the JSON strings. */
public enum GetInstalledCertificateStatusEnumType {
    Accepted,
    NotFound
}
