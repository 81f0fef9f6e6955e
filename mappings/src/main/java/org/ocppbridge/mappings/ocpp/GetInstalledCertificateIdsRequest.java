package org.ocppbridge.mappings.ocpp;

import java.util.List;

/**
 * {@code GetInstalledCertificateIdsRequest} (M03).
 *
 * @param certificateType null when every installed certificate is asked for; otherwise at least one use, copied
 */
public record GetInstalledCertificateIdsRequest(List<GetCertificateIdUseEnumType> certificateType) {

    public GetInstalledCertificateIdsRequest {
        if (certificateType != null) {
            certificateType =
                    Constraints.nonEmptyCopy(certificateType, "GetInstalledCertificateIdsRequest", "certificateType");
        }
    }
}
