package org.ocppbridge.bridge.certificates;

import java.util.Optional;
import org.ocppbridge.mappings.ocpp.GetCertificateIdUseEnumType;
import org.ocppbridge.mappings.ocpp.InstallCertificateUseEnumType;

/**
 * What a stored certificate is for; the names are the specification's. The bridge keeps no ISO 15118 (V2G, MO)
 * certificates: those belong to the charger's EV communication.
 */
public enum StoredCertificateType {
    /** A root the CSMS's TLS certificate may chain to (with {@code --csms-ca}). */
    CSMSRootCertificate,
    /** A root firmware signing certificates may chain to (with {@code --firmware-trust-anchor}). */
    ManufacturerRootCertificate,
    /** The station's own TLS client certificate (security profile 3), with its chain. */
    ChargingStationCertificate;

    /** The type an InstallCertificate of {@code use} installs, empty for the uses the bridge does not keep. */
    public static Optional<StoredCertificateType> of(InstallCertificateUseEnumType use) {
        return switch (use) {
            case CSMSRootCertificate -> Optional.of(CSMSRootCertificate);
            case ManufacturerRootCertificate -> Optional.of(ManufacturerRootCertificate);
            case V2GRootCertificate, MORootCertificate -> Optional.empty();
        };
    }

    /** How GetInstalledCertificateIds names this type; empty for the station certificate, which it does not list. */
    public Optional<GetCertificateIdUseEnumType> listedAs() {
        return switch (this) {
            case CSMSRootCertificate -> Optional.of(GetCertificateIdUseEnumType.CSMSRootCertificate);
            case ManufacturerRootCertificate -> Optional.of(GetCertificateIdUseEnumType.ManufacturerRootCertificate);
            case ChargingStationCertificate -> Optional.empty();
        };
    }
}
