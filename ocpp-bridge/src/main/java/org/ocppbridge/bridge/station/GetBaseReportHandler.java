package org.ocppbridge.bridge.station;

import java.util.List;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.GenericDeviceModelStatusEnumType;
import org.ocppbridge.mappings.ocpp.GetBaseReportRequest;
import org.ocppbridge.mappings.ocpp.GetBaseReportResponse;
import org.ocppbridge.mappings.ocpp.ReportDataType;

/**
 * GetBaseReport (B07): the answer first, then the report as NotifyReport parts ({@link NotifyReports}). A report
 * with nothing in it is answered EmptyResultSet and sends nothing. Allowed while Pending (B02).
 */
final class GetBaseReportHandler implements ActionHandler<GetBaseReportRequest, GetBaseReportResponse> {

    private static final ActionDefinition<GetBaseReportRequest, GetBaseReportResponse> DEFINITION =
            new ActionDefinition<>("GetBaseReport", GetBaseReportRequest.class, GetBaseReportResponse.class);

    private final DeviceModel deviceModel;
    private final NotifyReports reports;

    GetBaseReportHandler(DeviceModel deviceModel, NotifyReports reports) {
        this.deviceModel = deviceModel;
        this.reports = reports;
    }

    @Override
    public ActionDefinition<GetBaseReportRequest, GetBaseReportResponse> definition() {
        return DEFINITION;
    }

    @Override
    public Reply<GetBaseReportResponse> handle(GetBaseReportRequest request) {
        List<ReportDataType> data = deviceModel.report(request.reportBase());
        if (data.isEmpty()) {
            return Reply.of(new GetBaseReportResponse(GenericDeviceModelStatusEnumType.EmptyResultSet, null));
        }
        return Reply.then(
                new GetBaseReportResponse(GenericDeviceModelStatusEnumType.Accepted, null),
                () -> reports.send(request.requestId(), data));
    }
}
