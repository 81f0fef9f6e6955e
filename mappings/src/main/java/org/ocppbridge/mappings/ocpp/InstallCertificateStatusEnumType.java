package org.ocppbridge.mappings.ocpp;

/** {@code InstallCertificateStatusEnumType}: the outcome of an InstallCertificate (M05). Constant names are the JSON strings. */
public enum InstallCertificateStatusEnumType {
    Accepted,
    Rejected,
    Failed
}
