package org.ocppbridge.bridge.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.CertificateSignedRequest;
import org.ocppbridge.mappings.ocpp.CertificateSignedResponse;
import org.ocppbridge.mappings.ocpp.DeleteCertificateRequest;
import org.ocppbridge.mappings.ocpp.DeleteCertificateResponse;
import org.ocppbridge.mappings.ocpp.GetInstalledCertificateIdsRequest;
import org.ocppbridge.mappings.ocpp.GetInstalledCertificateIdsResponse;
import org.ocppbridge.mappings.ocpp.GetReportRequest;
import org.ocppbridge.mappings.ocpp.GetReportResponse;
import org.ocppbridge.mappings.ocpp.InstallCertificateRequest;
import org.ocppbridge.mappings.ocpp.InstallCertificateResponse;
import org.ocppbridge.mappings.ocpp.OcppConstraintException;
import org.ocppbridge.mappings.ocpp.SignCertificateRequest;
import org.ocppbridge.mappings.ocpp.SignCertificateResponse;
import org.ocppbridge.schemas.JsonSchemas;

/**
 * The messages of the security plane and GetReport: a payload valid against its schema binds to its record and
 * writes back to the same JSON, which is valid again (the path every incoming CALL and outgoing answer takes).
 */
class SecurityMessagesBindingTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final Gson GSON = OcppGson.create();

    private static final String HASH =
            "{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"0a1b\",\"issuerKeyHash\":\"2c3d\",\"serialNumber\":\"1f\"}";

    private static <T> void roundTrip(String schema, Class<T> type, String json) {
        assertEquals(List.of(), SCHEMAS.validate(schema, json), schema + " sample");
        T bound = GSON.fromJson(json, type);
        String written = GSON.toJson(bound);
        assertEquals(JsonParser.parseString(json), JsonParser.parseString(written), schema);
        assertEquals(List.of(), SCHEMAS.validate(schema, written), schema + " written");
    }

    @Test
    void each_request_the_CSMS_sends_binds_and_writes_back_unchanged() {
        roundTrip(
                "InstallCertificateRequest",
                InstallCertificateRequest.class,
                "{\"certificateType\":\"ManufacturerRootCertificate\",\"certificate\":\"-----BEGIN CERTIFICATE-----\"}");
        roundTrip("GetInstalledCertificateIdsRequest", GetInstalledCertificateIdsRequest.class, "{}");
        roundTrip(
                "GetInstalledCertificateIdsRequest",
                GetInstalledCertificateIdsRequest.class,
                "{\"certificateType\":[\"CSMSRootCertificate\",\"ManufacturerRootCertificate\"]}");
        roundTrip("DeleteCertificateRequest", DeleteCertificateRequest.class, "{\"certificateHashData\":" + HASH + "}");
        roundTrip(
                "CertificateSignedRequest",
                CertificateSignedRequest.class,
                "{\"certificateChain\":\"pem\",\"certificateType\":\"ChargingStationCertificate\"}");
        roundTrip("SignCertificateResponse", SignCertificateResponse.class, "{\"status\":\"Accepted\"}");
        roundTrip(
                "GetReportRequest",
                GetReportRequest.class,
                "{\"componentVariable\":[{\"component\":{\"name\":\"SecurityCtrlr\"},"
                        + "\"variable\":{\"name\":\"CertificateEntries\"}},{\"component\":{\"name\":\"ClockCtrlr\"}}],"
                        + "\"requestId\":4,\"componentCriteria\":[\"Available\",\"Enabled\"]}");
    }

    @Test
    void each_answer_the_station_sends_binds_and_writes_back_unchanged() {
        roundTrip(
                "InstallCertificateResponse",
                InstallCertificateResponse.class,
                "{\"status\":\"Rejected\",\"statusInfo\":{\"reasonCode\":\"InvalidCertificate\"}}");
        roundTrip(
                "GetInstalledCertificateIdsResponse",
                GetInstalledCertificateIdsResponse.class,
                "{\"status\":\"Accepted\",\"certificateHashDataChain\":[{\"certificateHashData\":" + HASH
                        + ",\"certificateType\":\"CSMSRootCertificate\",\"childCertificateHashData\":[" + HASH
                        + "]}]}");
        roundTrip(
                "GetInstalledCertificateIdsResponse",
                GetInstalledCertificateIdsResponse.class,
                "{\"status\":\"NotFound\"}");
        roundTrip("DeleteCertificateResponse", DeleteCertificateResponse.class, "{\"status\":\"Failed\"}");
        roundTrip(
                "SignCertificateRequest",
                SignCertificateRequest.class,
                "{\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\",\"certificateType\":\"ChargingStationCertificate\"}");
        roundTrip("CertificateSignedResponse", CertificateSignedResponse.class, "{\"status\":\"Accepted\"}");
        roundTrip("GetReportResponse", GetReportResponse.class, "{\"status\":\"EmptyResultSet\"}");
    }

    @Test
    void a_payload_that_breaks_a_record_limit_fails_while_it_is_bound_naming_the_field() {
        // Gson builds records through the canonical constructor, so the record's checks run on incoming data.
        RuntimeException e = assertThrows(
                RuntimeException.class,
                () -> GSON.fromJson(
                        "{\"requestId\":1,\"componentCriteria\":[\"Active\",\"Active\",\"Active\",\"Active\",\"Active\"]}",
                        GetReportRequest.class));
        OcppConstraintException cause = findCause(e);
        assertEquals("componentCriteria", cause.field());
    }

    private static OcppConstraintException findCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OcppConstraintException o) {
                return o;
            }
        }
        throw new AssertionError("no OcppConstraintException in " + t);
    }
}
