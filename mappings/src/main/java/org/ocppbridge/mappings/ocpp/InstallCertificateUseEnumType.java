package org.ocppbridge.mappings.ocpp;

/** {@code InstallCertificateUseEnumType}: what a CA certificate the CSMS installs is for. Constant names are the JSON strings. */
public enum InstallCertificateUseEnumType {
    V2GRootCertificate,
    MORootCertificate,
    CSMSRootCertificate,
    ManufacturerRootCertificate
}
