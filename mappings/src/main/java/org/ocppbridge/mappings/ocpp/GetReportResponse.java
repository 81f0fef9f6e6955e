package org.ocppbridge.mappings.ocpp;

/** {@code GetReportResponse}; {@code statusInfo} is null when absent. */
public record GetReportResponse(GenericDeviceModelStatusEnumType status, StatusInfoType statusInfo) {

    public GetReportResponse {
        Constraints.required(status, "GetReportResponse", "status");
    }
}
