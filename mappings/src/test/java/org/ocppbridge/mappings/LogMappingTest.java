package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.GetLogRequest;
import org.ocppbridge.mappings.ocpp.GetLogResponse;
import org.ocppbridge.mappings.ocpp.LogEnumType;
import org.ocppbridge.mappings.ocpp.LogParametersType;
import org.ocppbridge.mappings.ocpp.LogStatusEnumType;
import org.ocppbridge.mappings.ocpp.StatusInfoType;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;
import org.ocppbridge.mappings.system.UploadLogsStatus;

class LogMappingTest {

    private static final Instant OLDEST = Instant.parse("2025-02-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2025-02-02T00:00:00Z");

    @Test
    void every_field_of_GetLogRequest_reaches_its_system_field() {
        GetLogRequest ocpp = new GetLogRequest(
                new LogParametersType("https://logs.example/up", OLDEST, LATEST), LogEnumType.SecurityLog, 5, 3, 20);

        assertEquals(
                new UploadLogsRequest(4, 20, OLDEST, LATEST, "https://logs.example/up", "SecurityLog", 5),
                LogMapping.toSystem(ocpp));
    }

    @Test
    void TC_N_26_three_retries_are_four_upload_attempts() {
        GetLogRequest ocpp =
                new GetLogRequest(new LogParametersType("ftp://h/", null, null), LogEnumType.DiagnosticsLog, 1, 3, 10);
        assertEquals(4, LogMapping.toSystem(ocpp).retries());
    }

    @Test
    void absent_window_and_retries_stay_absent() {
        UploadLogsRequest system = LogMapping.toSystem(new GetLogRequest(
                new LogParametersType("ftp://h/", null, null), LogEnumType.DiagnosticsLog, 1, null, null));
        assertNull(system.oldestTimestamp());
        assertNull(system.latestTimestamp());
        assertNull(system.retries());
        assertNull(system.retryIntervalS());
    }

    @Test
    void a_negative_requestId_is_refused() {
        GetLogRequest ocpp = new GetLogRequest(
                new LogParametersType("ftp://h/", null, null), LogEnumType.DiagnosticsLog, -1, null, null);
        assertEquals(
                "requestId",
                assertThrows(UnmappableValueException.class, () -> LogMapping.toSystem(ocpp))
                        .field());
    }

    @Test
    void every_log_type_becomes_its_name_and_comes_back() {
        for (LogEnumType type : LogEnumType.values()) {
            assertEquals(type.name(), LogMapping.toSystem(type));
            assertEquals(type, LogMapping.toOcpp(LogMapping.toSystem(type)));
        }
    }

    @Test
    void a_system_log_type_OCPP_does_not_know_is_refused() {
        for (String type : new String[] {"DataCollectorLog", "diagnosticslog", "", null}) {
            UnmappableValueException e = assertThrows(UnmappableValueException.class, () -> LogMapping.toOcpp(type));
            assertEquals("type", e.field());
        }
    }

    @Test
    void a_system_request_without_request_id_has_no_OCPP_form() {
        UploadLogsRequest system = new UploadLogsRequest(null, null, null, null, "ftp://h/", "SecurityLog", null);
        assertEquals(
                "request_id",
                assertThrows(UnmappableValueException.class, () -> LogMapping.toOcpp(system))
                        .field());
    }

    @Test
    void every_upload_status_maps_to_the_GetLog_status_of_its_name_and_back() {
        Bijections.assertSameNamesBothWays(
                UploadLogsStatus.class, LogStatusEnumType.class, LogMapping::toOcpp, LogMapping::toSystem);
    }

    @Test
    void TC_N_25_the_file_name_is_passed_on_with_every_status() {
        for (UploadLogsStatus status : UploadLogsStatus.values()) {
            GetLogResponse response = LogMapping.toOcpp(new UploadLogsResponse("diag-2025.tar.gz", status));
            assertEquals(new GetLogResponse(LogMapping.toOcpp(status), null, "diag-2025.tar.gz"), response);
            assertEquals(new UploadLogsResponse("diag-2025.tar.gz", status), LogMapping.toSystem(response));
        }
    }

    @Test
    void a_file_name_of_255_characters_is_kept() {
        String name = "n".repeat(255);
        assertEquals(
                name,
                LogMapping.toOcpp(new UploadLogsResponse(name, UploadLogsStatus.Accepted))
                        .filename());
    }

    @Test
    void a_file_name_over_255_characters_is_left_out_the_status_kept_and_statusInfo_says_why() {
        for (UploadLogsStatus status : UploadLogsStatus.values()) {
            GetLogResponse response = LogMapping.toOcpp(new UploadLogsResponse("n".repeat(256), status));
            assertEquals(LogMapping.toOcpp(status), response.status());
            assertNull(response.filename());
            assertEquals(
                    new StatusInfoType(LogMapping.FILENAME_OMITTED_REASON, LogMapping.FILENAME_OMITTED_INFO),
                    response.statusInfo());
        }
    }

    @Test
    void the_file_name_limit_counts_code_points() {
        String plugs = "\uD83D\uDD0C".repeat(255); // 255 code points, 510 chars
        assertEquals(
                plugs,
                LogMapping.toOcpp(new UploadLogsResponse(plugs, UploadLogsStatus.Accepted))
                        .filename());
    }

    @Test
    void an_absent_file_name_stays_absent() {
        GetLogResponse response = LogMapping.toOcpp(new UploadLogsResponse(null, UploadLogsStatus.Rejected));
        assertEquals(new GetLogResponse(LogStatusEnumType.Rejected, null, null), response);
    }

    @Property
    void a_GetLogRequest_survives_the_round_trip_through_the_system(@ForAll("requests") GetLogRequest request) {
        assertEquals(request, LogMapping.toOcpp(LogMapping.toSystem(request)));
    }

    @Provide
    Arbitrary<GetLogRequest> requests() {
        Arbitrary<Integer> count =
                Arbitraries.integers().between(0, Integer.MAX_VALUE - 1).injectNull(0.3);
        Arbitrary<Instant> time = Arbitraries.longs()
                .between(0, 4_102_444_800L)
                .map(Instant::ofEpochSecond)
                .injectNull(0.4);
        Arbitrary<LogParametersType> log = Combinators.combine(
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(512), time, time)
                .as(LogParametersType::new);
        return Combinators.combine(
                        log,
                        Arbitraries.of(LogEnumType.class),
                        Arbitraries.integers().greaterOrEqual(0),
                        count,
                        count)
                .as(GetLogRequest::new);
    }
}
