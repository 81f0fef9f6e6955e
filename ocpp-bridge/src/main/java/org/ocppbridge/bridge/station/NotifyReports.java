package org.ocppbridge.bridge.station;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.mappings.ocpp.NotifyReportRequest;
import org.ocppbridge.mappings.ocpp.ReportDataType;

/**
 * Sends a report (B07 GetBaseReport, B08 GetReport) as NotifyReport parts of at most
 * DeviceDataCtrlr.ItemsPerMessage[GetReport] variables and BytesPerMessage[GetReport] bytes each, seqNo from 0, tbc
 * on all but the last (B07.FR.04/.10). The parts go out also while Pending (they were asked for) and are not queued
 * on disk: a lost report is asked for again.
 */
final class NotifyReports {

    /**
     * Bytes a part needs besides its reportData: {@code [2,"<36-character id>","NotifyReport",{"requestId":…,
     * "generatedAt":"…","tbc":false,"seqNo":…,"reportData":[]}]} is about 160; the rest is margin.
     */
    static final int ENVELOPE_BYTES = 512;

    private final Gson gson;
    private final Clock clock;
    private final Consumer<NotifyReportRequest> send;

    NotifyReports(Gson gson, Clock clock, Consumer<NotifyReportRequest> send) {
        this.gson = gson;
        this.clock = clock;
        this.send = send;
    }

    void send(int requestId, List<ReportDataType> data) {
        List<List<ReportDataType>> parts = parts(data, DeviceModel.ITEMS_PER_MESSAGE, DeviceModel.BYTES_PER_MESSAGE);
        for (int seqNo = 0; seqNo < parts.size(); seqNo++) {
            boolean more = seqNo < parts.size() - 1;
            send.accept(new NotifyReportRequest(requestId, clock.instant(), parts.get(seqNo), more, seqNo));
        }
    }

    /** Splits {@code data}, in order, into parts of at most {@code maxItems} items and {@code maxBytes} bytes. */
    List<List<ReportDataType>> parts(List<ReportDataType> data, int maxItems, int maxBytes) {
        List<List<ReportDataType>> parts = new ArrayList<>();
        List<ReportDataType> part = new ArrayList<>();
        int bytes = ENVELOPE_BYTES;
        for (ReportDataType item : data) {
            int size = gson.toJson(item).getBytes(StandardCharsets.UTF_8).length + 1; // and its comma
            if (!part.isEmpty() && (part.size() == maxItems || bytes + size > maxBytes)) {
                parts.add(List.copyOf(part));
                part.clear();
                bytes = ENVELOPE_BYTES;
            }
            part.add(item);
            bytes += size;
        }
        if (!part.isEmpty()) {
            parts.add(List.copyOf(part));
        }
        return parts;
    }
}
