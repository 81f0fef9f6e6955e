package org.ocppbridge.mappings.ocpp;

/**
 * {@code GetBaseReportResponse}.
 *
 * @param status the answer
 * @param statusInfo null when absent
 */
public record GetBaseReportResponse(GenericDeviceModelStatusEnumType status, StatusInfoType statusInfo) {

    public GetBaseReportResponse {
        Constraints.required(status, "GetBaseReportResponse", "status");
    }
}
