package org.ocppbridge.mappings.ocpp;

import java.time.Instant;
import java.util.List;

/**
 * {@code NotifyReportRequest}: one part of a report.
 *
 * @param requestId the GetBaseReport's requestId
 * @param generatedAt when this part was made
 * @param reportData at least one item; null when the part is empty
 * @param tbc whether another part follows; null means false
 * @param seqNo 0 for the first part, then one more each
 */
public record NotifyReportRequest(
        Integer requestId, Instant generatedAt, List<ReportDataType> reportData, Boolean tbc, Integer seqNo) {

    public NotifyReportRequest {
        Constraints.required(requestId, "NotifyReportRequest", "requestId");
        Constraints.required(generatedAt, "NotifyReportRequest", "generatedAt");
        reportData =
                reportData == null ? null : Constraints.nonEmptyCopy(reportData, "NotifyReportRequest", "reportData");
        Constraints.required(seqNo, "NotifyReportRequest", "seqNo");
    }
}
