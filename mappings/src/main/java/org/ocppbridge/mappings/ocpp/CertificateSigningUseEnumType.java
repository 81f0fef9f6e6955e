package org.ocppbridge.mappings.ocpp;

/** {@code CertificateSigningUseEnumType}: which certificate a signing request or a signed chain is for. Constant names are the JSON strings. */
public enum CertificateSigningUseEnumType {
    ChargingStationCertificate,
    V2GCertificate
}
