package org.ocppbridge.bridge.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ocppbridge.bridge.devicemodel.DeviceModel;
import org.ocppbridge.bridge.json.OcppGson;
import org.ocppbridge.mappings.ocpp.AttributeEnumType;
import org.ocppbridge.mappings.ocpp.ComponentType;
import org.ocppbridge.mappings.ocpp.MutabilityEnumType;
import org.ocppbridge.mappings.ocpp.NotifyReportRequest;
import org.ocppbridge.mappings.ocpp.ReportDataType;
import org.ocppbridge.mappings.ocpp.VariableAttributeType;
import org.ocppbridge.mappings.ocpp.VariableCharacteristicsType;
import org.ocppbridge.mappings.ocpp.VariableType;

/** NotifyReport parts (B07.FR.04/.10, B08): bounded by ItemsPerMessage and BytesPerMessage, in order. */
class NotifyReportsTest {

    private final Gson gson = OcppGson.create();
    private final List<NotifyReportRequest> sent = new ArrayList<>();
    private final NotifyReports reports =
            new NotifyReports(gson, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC), sent::add);

    private static ReportDataType item(int number, int valueLength) {
        return new ReportDataType(
                new ComponentType(null, "OCPPCommCtrlr", null),
                new VariableType("V" + number, null),
                List.of(new VariableAttributeType(
                        AttributeEnumType.Actual, "v".repeat(valueLength), MutabilityEnumType.ReadOnly, true, true)),
                new VariableCharacteristicsType(null, "string", null, null, null, false));
    }

    @Test
    void B07FR10_more_items_than_ItemsPerMessage_go_out_as_numbered_parts_tbc_on_all_but_the_last() {
        List<ReportDataType> data = IntStream.range(0, 2 * DeviceModel.ITEMS_PER_MESSAGE + 1)
                .mapToObj(i -> item(i, 4))
                .toList();
        reports.send(9, data);
        assertEquals(3, sent.size());
        assertEquals(
                List.of(0, 1, 2), sent.stream().map(NotifyReportRequest::seqNo).toList());
        assertEquals(
                List.of(true, true, false),
                sent.stream().map(NotifyReportRequest::tbc).toList());
        assertEquals(
                List.of(32, 32, 1),
                sent.stream().map(p -> p.reportData().size()).toList());
        assertEquals(data, sent.stream().flatMap(p -> p.reportData().stream()).toList(), "all, in order");
        sent.forEach(p -> assertEquals(9, p.requestId()));
    }

    @Test
    void a_part_never_exceeds_BytesPerMessage_as_a_whole_CALL_frame() {
        // 20 values of 2500 characters (the schema's most): 50 KB each half, more than 64 KiB in one part.
        List<ReportDataType> data =
                IntStream.range(0, 40).mapToObj(i -> item(i, 2500)).toList();
        reports.send(1, data);
        assertTrue(sent.size() > 1, "split by bytes although under ItemsPerMessage");
        for (NotifyReportRequest part : sent) {
            String frame = "[2,\"" + "m".repeat(36) + "\",\"NotifyReport\"," + gson.toJson(part) + "]";
            int bytes = frame.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= DeviceModel.BYTES_PER_MESSAGE, "part " + part.seqNo() + ": " + bytes + " bytes");
        }
        assertEquals(data, sent.stream().flatMap(p -> p.reportData().stream()).toList());
    }
}
