package org.ocppbridge.mappings.ocpp;

/**
 * {@code GetBaseReportRequest}.
 *
 * @param requestId the id the NotifyReport messages carry
 * @param reportBase which report
 */
public record GetBaseReportRequest(Integer requestId, ReportBaseEnumType reportBase) {

    public GetBaseReportRequest {
        Constraints.required(requestId, "GetBaseReportRequest", "requestId");
        Constraints.required(reportBase, "GetBaseReportRequest", "reportBase");
    }
}
