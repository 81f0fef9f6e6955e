package org.ocppbridge.mappings.ocpp;

/** {@code GetCertificateIdUseEnumType}: the use of an installed certificate, as GetInstalledCertificateIds lists it. Constant names are the JSON strings. */
public enum GetCertificateIdUseEnumType {
    V2GCertificateChain,
    V2GRootCertificate,
    CSMSRootCertificate,
    MORootCertificate,
    ManufacturerRootCertificate
}
