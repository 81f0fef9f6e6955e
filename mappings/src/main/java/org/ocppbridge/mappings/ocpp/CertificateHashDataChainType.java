package org.ocppbridge.mappings.ocpp;

import java.util.List;

/**
 * {@code CertificateHashDataChainType}: one installed certificate and the certificates below it in its chain.
 *
 * @param certificateHashData the certificate
 * @param certificateType its use
 * @param childCertificateHashData null when absent; otherwise 1 to 4 elements, copied
 */
public record CertificateHashDataChainType(
        CertificateHashDataType certificateHashData,
        GetCertificateIdUseEnumType certificateType,
        List<CertificateHashDataType> childCertificateHashData) {

    public CertificateHashDataChainType {
        Constraints.required(certificateHashData, "CertificateHashDataChainType", "certificateHashData");
        Constraints.required(certificateType, "CertificateHashDataChainType", "certificateType");
        if (childCertificateHashData != null) {
            childCertificateHashData = Constraints.maxItems(
                    Constraints.nonEmptyCopy(
                            childCertificateHashData, "CertificateHashDataChainType", "childCertificateHashData"),
                    4,
                    "CertificateHashDataChainType",
                    "childCertificateHashData");
        }
    }
}
