package org.ocppbridge.mappings.ocpp;

/**
 * {@code SignCertificateRequest} (A02/A03): the station's PKCS#10 request for the CSMS to have signed.
 *
 * @param csr PEM; ≤ 5500 characters
 * @param certificateType null when absent (the CSMS then takes ChargingStationCertificate)
 */
public record SignCertificateRequest(String csr, CertificateSigningUseEnumType certificateType) {

    public SignCertificateRequest {
        Constraints.requiredMaxLength(csr, 5500, "SignCertificateRequest", "csr");
    }
}
