package org.ocppbridge.mappings.ocpp;

import java.util.List;

/**
 * {@code GetInstalledCertificateIdsResponse}.
 *
 * @param statusInfo null when absent
 * @param certificateHashDataChain null when absent (NotFound); otherwise at least one element, copied
 */
public record GetInstalledCertificateIdsResponse(
        GetInstalledCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        List<CertificateHashDataChainType> certificateHashDataChain) {

    public GetInstalledCertificateIdsResponse {
        Constraints.required(status, "GetInstalledCertificateIdsResponse", "status");
        if (certificateHashDataChain != null) {
            certificateHashDataChain = Constraints.nonEmptyCopy(
                    certificateHashDataChain, "GetInstalledCertificateIdsResponse", "certificateHashDataChain");
        }
    }

    public static GetInstalledCertificateIdsResponse accepted(List<CertificateHashDataChainType> chains) {
        return new GetInstalledCertificateIdsResponse(GetInstalledCertificateStatusEnumType.Accepted, null, chains);
    }

    /** M03.FR.02: nothing of the requested types is installed. */
    public static GetInstalledCertificateIdsResponse notFound() {
        return new GetInstalledCertificateIdsResponse(GetInstalledCertificateStatusEnumType.NotFound, null, null);
    }
}
