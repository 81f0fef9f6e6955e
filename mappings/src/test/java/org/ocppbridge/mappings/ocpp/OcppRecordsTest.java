package org.ocppbridge.mappings.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OcppRecordsTest {

    private static final Instant T = Instant.parse("2025-01-02T03:04:05Z");

    private static void violates(String type, String field, Executable build) {
        OcppConstraintException e = assertThrows(OcppConstraintException.class, build);
        assertEquals(type, e.type());
        assertEquals(field, e.field());
        assertEquals(true, e.getMessage().startsWith(type + "." + field + ": "), e.getMessage());
    }

    private static FirmwareType firmware() {
        return new FirmwareType("https://fw.example/image.bin", T, null, null, null);
    }

    @Test
    void a_required_field_left_null_is_named() {
        violates("FirmwareType", "location", () -> new FirmwareType(null, T, null, null, null));
        violates("FirmwareType", "retrieveDateTime", () -> new FirmwareType("u", null, null, null, null));
        violates("UpdateFirmwareRequest", "firmware", () -> new UpdateFirmwareRequest(null, null, 1, null));
        violates("GetLogRequest", "log", () -> new GetLogRequest(null, LogEnumType.DiagnosticsLog, 1, null, null));
        violates(
                "GetLogRequest",
                "logType",
                () -> new GetLogRequest(new LogParametersType("u", null, null), null, 1, null, null));
        violates("LogParametersType", "remoteLocation", () -> new LogParametersType(null, null, null));
        violates("ResetRequest", "type", () -> new ResetRequest(null, null));
        violates("ResetResponse", "status", () -> new ResetResponse(null, null));
        violates("GetLogResponse", "status", () -> new GetLogResponse(null, null, null));
        violates("UpdateFirmwareResponse", "status", () -> new UpdateFirmwareResponse(null, null));
        violates("FirmwareStatusNotificationRequest", "status", () -> new FirmwareStatusNotificationRequest(null, 1));
        violates("LogStatusNotificationRequest", "status", () -> new LogStatusNotificationRequest(null, 1));
        violates(
                "BootNotificationRequest",
                "chargingStation",
                () -> new BootNotificationRequest(null, BootReasonEnumType.PowerUp));
        violates("BootNotificationRequest", "reason", () -> new BootNotificationRequest(station(), null));
        violates("ChargingStationType", "model", () -> new ChargingStationType(null, null, null, "V", null));
        violates("ChargingStationType", "vendorName", () -> new ChargingStationType(null, "M", null, null, null));
        violates(
                "BootNotificationResponse",
                "currentTime",
                () -> new BootNotificationResponse(null, 60, RegistrationStatusEnumType.Accepted, null));
        violates("BootNotificationResponse", "status", () -> new BootNotificationResponse(T, 60, null, null));
        violates("HeartbeatResponse", "currentTime", () -> new HeartbeatResponse(null));
        violates(
                "StatusNotificationRequest",
                "timestamp",
                () -> new StatusNotificationRequest(null, ConnectorStatusEnumType.Available, 1, 1));
        violates("StatusNotificationRequest", "connectorStatus", () -> new StatusNotificationRequest(T, null, 1, 1));
        violates("TriggerMessageRequest", "requestedMessage", () -> new TriggerMessageRequest(null, null));
        violates("TriggerMessageResponse", "status", () -> new TriggerMessageResponse(null, null));
        violates("SecurityEventNotificationRequest", "type", () -> new SecurityEventNotificationRequest(null, T, null));
        violates(
                "SecurityEventNotificationRequest",
                "timestamp",
                () -> new SecurityEventNotificationRequest("ResetOrReboot", null, null));
        violates("StatusInfoType", "reasonCode", () -> new StatusInfoType(null, null));
    }

    @Test
    void a_string_one_over_its_limit_is_named_and_one_at_the_limit_passes() {
        assertLimit("FirmwareType", "location", 512, s -> new FirmwareType(s, T, null, null, null));
        assertLimit("FirmwareType", "signingCertificate", 5500, s -> new FirmwareType("u", T, null, s, null));
        assertLimit("FirmwareType", "signature", 800, s -> new FirmwareType("u", T, null, null, s));
        assertLimit("LogParametersType", "remoteLocation", 512, s -> new LogParametersType(s, null, null));
        assertLimit("GetLogResponse", "filename", 255, s -> GetLogResponse.accepted(s));
        assertLimit("StatusInfoType", "reasonCode", 20, s -> new StatusInfoType(s, null));
        assertLimit("StatusInfoType", "additionalInfo", 512, s -> new StatusInfoType("NoError", s));
        assertLimit(
                "SecurityEventNotificationRequest", "type", 50, s -> new SecurityEventNotificationRequest(s, T, null));
        assertLimit(
                "SecurityEventNotificationRequest",
                "techInfo",
                255,
                s -> new SecurityEventNotificationRequest("ResetOrReboot", T, s));
        assertLimit("ChargingStationType", "serialNumber", 25, s -> new ChargingStationType(s, "M", null, "V", null));
        assertLimit("ChargingStationType", "model", 20, s -> new ChargingStationType(null, s, null, "V", null));
        assertLimit("ChargingStationType", "vendorName", 50, s -> new ChargingStationType(null, "M", null, s, null));
        assertLimit(
                "ChargingStationType", "firmwareVersion", 50, s -> new ChargingStationType(null, "M", null, "V", s));
        assertLimit("ModemType", "iccid", 20, s -> new ModemType(s, null));
        assertLimit("ModemType", "imsi", 20, s -> new ModemType(null, s));
    }

    private static void assertLimit(String type, String field, int max, java.util.function.Consumer<String> build) {
        build.accept("x".repeat(max));
        violates(type, field, () -> build.accept("x".repeat(max + 1)));
    }

    @Test
    void length_limits_count_code_points_as_json_schema_does() {
        String twentyEmoji = "\uD83D\uDD0C".repeat(20); // 20 code points, 40 Java chars
        assertEquals(20, new StatusInfoType(twentyEmoji, null).reasonCode().codePointCount(0, 40));
        violates("StatusInfoType", "reasonCode", () -> new StatusInfoType(twentyEmoji + "x", null));
    }

    @Test
    void negative_counts_intervals_and_ids_are_refused_and_zero_is_taken() {
        new UpdateFirmwareRequest(0, 0, 0, firmware());
        violates("UpdateFirmwareRequest", "retries", () -> new UpdateFirmwareRequest(-1, null, 1, firmware()));
        violates("UpdateFirmwareRequest", "retryInterval", () -> new UpdateFirmwareRequest(null, -1, 1, firmware()));
        LogParametersType log = new LogParametersType("u", null, null);
        new GetLogRequest(log, LogEnumType.SecurityLog, 1, 0, 0);
        violates("GetLogRequest", "retries", () -> new GetLogRequest(log, LogEnumType.SecurityLog, 1, -1, null));
        violates("GetLogRequest", "retryInterval", () -> new GetLogRequest(log, LogEnumType.SecurityLog, 1, null, -5));
        violates("ResetRequest", "evseId", () -> new ResetRequest(ResetEnumType.OnIdle, -1));
        violates("EVSEType", "id", () -> new EVSEType(-1, null));
        violates("EVSEType", "connectorId", () -> new EVSEType(1, -1));
        violates(
                "BootNotificationResponse",
                "interval",
                () -> new BootNotificationResponse(T, -1, RegistrationStatusEnumType.Accepted, null));
        violates(
                "StatusNotificationRequest",
                "evseId",
                () -> new StatusNotificationRequest(T, ConnectorStatusEnumType.Available, -1, 1));
        violates(
                "StatusNotificationRequest",
                "connectorId",
                () -> new StatusNotificationRequest(T, ConnectorStatusEnumType.Available, 1, -1));
    }

    @Test
    void optional_fields_may_be_absent() {
        UpdateFirmwareRequest request = new UpdateFirmwareRequest(null, null, 7, firmware());
        assertNull(request.retries());
        assertNull(new FirmwareStatusNotificationRequest(FirmwareStatusEnumType.Idle, null).requestId());
        assertNull(new LogStatusNotificationRequest(UploadLogStatusEnumType.Idle, null).requestId());
        assertNull(new ResetRequest(ResetEnumType.Immediate, null).evseId());
        assertNull(new TriggerMessageRequest(null, MessageTriggerEnumType.Heartbeat).evse());
    }

    @Test
    void response_factories_build_the_named_status() {
        assertEquals(new ResetResponse(ResetStatusEnumType.Accepted, null), ResetResponse.accepted());
        assertEquals(new ResetResponse(ResetStatusEnumType.Scheduled, null), ResetResponse.scheduled());
        assertEquals(
                new ResetResponse(ResetStatusEnumType.Rejected, new StatusInfoType("TxInProgress", "busy")),
                ResetResponse.rejected("TxInProgress", "busy"));
        assertEquals(
                new GetLogResponse(LogStatusEnumType.Accepted, null, "a.tar.gz"), GetLogResponse.accepted("a.tar.gz"));
        assertEquals(
                new GetLogResponse(LogStatusEnumType.Rejected, new StatusInfoType("InvalidURL", null), null),
                GetLogResponse.rejected("InvalidURL", null));
        assertEquals(
                new UpdateFirmwareResponse(UpdateFirmwareStatusEnumType.Accepted, null),
                UpdateFirmwareResponse.accepted());
        assertEquals(
                new UpdateFirmwareResponse(UpdateFirmwareStatusEnumType.Rejected, StatusInfoType.of("InvalidURL")),
                UpdateFirmwareResponse.rejected("InvalidURL", null));
        assertEquals(
                TriggerMessageStatusEnumType.Accepted,
                TriggerMessageResponse.accepted().status());
        assertEquals(
                TriggerMessageStatusEnumType.NotImplemented,
                TriggerMessageResponse.notImplemented().status());
        assertEquals(
                new StatusInfoType("NotEnabled", "x"),
                TriggerMessageResponse.rejected("NotEnabled", "x").statusInfo());
    }

    @Test
    void a_factory_with_an_over_long_reason_code_names_the_field() {
        violates("StatusInfoType", "reasonCode", () -> ResetResponse.rejected("x".repeat(21), null));
    }

    @Test
    void empty_messages_are_equal_records_without_components() {
        assertEquals(new HeartbeatRequest(), new HeartbeatRequest());
        assertEquals(0, HeartbeatRequest.class.getRecordComponents().length);
        assertEquals(0, StatusNotificationResponse.class.getRecordComponents().length);
        assertEquals(0, FirmwareStatusNotificationResponse.class.getRecordComponents().length);
        assertEquals(0, LogStatusNotificationResponse.class.getRecordComponents().length);
        assertEquals(0, SecurityEventNotificationResponse.class.getRecordComponents().length);
    }

    private static ChargingStationType station() {
        return new ChargingStationType("SN1", "Model", new ModemType("8931", "2620"), "Vendor", "1.0.0");
    }
}
