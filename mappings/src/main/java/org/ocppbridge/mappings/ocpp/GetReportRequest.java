package org.ocppbridge.mappings.ocpp;

import java.util.List;

/**
 * {@code GetReportRequest} (B08).
 *
 * @param componentVariable null when absent; otherwise at least one, copied
 * @param requestId the id the NotifyReport messages carry
 * @param componentCriteria null when absent; otherwise 1 to 4 criteria, copied
 */
public record GetReportRequest(
        List<ComponentVariableType> componentVariable,
        Integer requestId,
        List<ComponentCriterionEnumType> componentCriteria) {

    public GetReportRequest {
        if (componentVariable != null) {
            componentVariable = Constraints.nonEmptyCopy(componentVariable, "GetReportRequest", "componentVariable");
        }
        Constraints.required(requestId, "GetReportRequest", "requestId");
        if (componentCriteria != null) {
            componentCriteria = Constraints.maxItems(
                    Constraints.nonEmptyCopy(componentCriteria, "GetReportRequest", "componentCriteria"),
                    4,
                    "GetReportRequest",
                    "componentCriteria");
        }
    }
}
