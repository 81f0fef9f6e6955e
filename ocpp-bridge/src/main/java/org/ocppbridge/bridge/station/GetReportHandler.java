package org.ocppbridge.bridge.station;

import java.util.List;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.CallErrorException;
import org.ocppbridge.bridge.rpc.ErrorCode;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.GenericDeviceModelStatusEnumType;
import org.ocppbridge.mappings.ocpp.GetReportRequest;
import org.ocppbridge.mappings.ocpp.GetReportResponse;
import org.ocppbridge.mappings.ocpp.ReportDataType;

/**
 * GetReport (B08): the variables matching componentVariable and componentCriteria ({@link DeviceModel#report(List,
 * List)}), answered Accepted and then sent as NotifyReport parts with the request's requestId (B08.FR.01/.03), the
 * same way as a base report; EmptyResultSet and nothing sent when none matches (TC_B_18). Every
 * ComponentCriterionEnumType value is supported, so NotSupported (for a criterion a station cannot judge) is never
 * the answer; a value outside the enum fails the schema (CALLERROR PropertyConstraintViolation). Allowed while
 * Pending (B02).
 */
final class GetReportHandler implements ActionHandler<GetReportRequest, GetReportResponse> {

    private static final ActionDefinition<GetReportRequest, GetReportResponse> DEFINITION =
            new ActionDefinition<>("GetReport", GetReportRequest.class, GetReportResponse.class);

    private final DeviceModel deviceModel;
    private final NotifyReports reports;

    GetReportHandler(DeviceModel deviceModel, NotifyReports reports) {
        this.deviceModel = deviceModel;
        this.reports = reports;
    }

    @Override
    public ActionDefinition<GetReportRequest, GetReportResponse> definition() {
        return DEFINITION;
    }

    @Override
    public int requestByteLimit() {
        return DeviceModel.BYTES_PER_MESSAGE; // B08.FR.18
    }

    @Override
    public Reply<GetReportResponse> handle(GetReportRequest request) {
        if (request.componentVariable() != null && request.componentVariable().size() > DeviceModel.ITEMS_PER_MESSAGE) {
            // B08.FR.17: more than DeviceDataCtrlr.ItemsPerMessage[GetReport].
            throw new CallErrorException(
                    ErrorCode.OccurrenceConstraintViolation,
                    "at most " + DeviceModel.ITEMS_PER_MESSAGE + " componentVariable per GetReport");
        }
        List<ReportDataType> data = deviceModel.report(request.componentVariable(), request.componentCriteria());
        if (data.isEmpty()) {
            return Reply.of(new GetReportResponse(GenericDeviceModelStatusEnumType.EmptyResultSet, null));
        }
        return Reply.then(
                new GetReportResponse(GenericDeviceModelStatusEnumType.Accepted, null),
                () -> reports.send(request.requestId(), data));
    }
}
