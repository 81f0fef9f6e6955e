package org.ocppbridge.bridge.station;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.rpc.ActionDefinition;
import org.ocppbridge.bridge.rpc.ActionHandler;
import org.ocppbridge.bridge.rpc.Reply;
import org.ocppbridge.mappings.ocpp.GenericDeviceModelStatusEnumType;
import org.ocppbridge.mappings.ocpp.GetBaseReportRequest;
import org.ocppbridge.mappings.ocpp.GetBaseReportResponse;
import org.ocppbridge.mappings.ocpp.NotifyReportRequest;
import org.ocppbridge.mappings.ocpp.ReportDataType;

/**
 * GetBaseReport (B07): the answer first, then the report as NotifyReport parts of at most
 * {@link DeviceModel#ITEMS_PER_MESSAGE} variables, seqNo from 0, tbc on all but the last (B07.FR.04/.10). A report
 * with nothing in it is answered EmptyResultSet and sends nothing. Allowed while Pending (B02).
 */
final class GetBaseReportHandler implements ActionHandler<GetBaseReportRequest, GetBaseReportResponse> {

    private static final ActionDefinition<GetBaseReportRequest, GetBaseReportResponse> DEFINITION =
            new ActionDefinition<>("GetBaseReport", GetBaseReportRequest.class, GetBaseReportResponse.class);

    private final DeviceModel deviceModel;
    private final Clock clock;
    private final Consumer<NotifyReportRequest> notifyReport;

    GetBaseReportHandler(DeviceModel deviceModel, Clock clock, Consumer<NotifyReportRequest> notifyReport) {
        this.deviceModel = deviceModel;
        this.clock = clock;
        this.notifyReport = notifyReport;
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
                () -> send(request.requestId(), data));
    }

    private void send(int requestId, List<ReportDataType> data) {
        int size = DeviceModel.ITEMS_PER_MESSAGE;
        int parts = (data.size() + size - 1) / size;
        for (int part = 0; part < parts; part++) {
            List<ReportDataType> slice = data.subList(part * size, Math.min(data.size(), (part + 1) * size));
            boolean more = part < parts - 1;
            notifyReport.accept(new NotifyReportRequest(requestId, clock.instant(), slice, more, part));
        }
    }
}
