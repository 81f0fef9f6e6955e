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
import org.ocppbridge.mappings.ocpp.FirmwareType;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareRequest;
import org.ocppbridge.mappings.ocpp.UpdateFirmwareStatusEnumType;
import org.ocppbridge.mappings.system.FirmwareUpdateRequest;
import org.ocppbridge.mappings.system.UpdateFirmwareResponse;

class FirmwareMappingTest {

    private static final Instant RETRIEVE = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant INSTALL = Instant.parse("2025-03-01T12:30:00Z");

    @Test
    void every_field_of_UpdateFirmwareRequest_reaches_its_system_field() {
        UpdateFirmwareRequest ocpp = new UpdateFirmwareRequest(
                3,
                45,
                17,
                new FirmwareType(
                        "https://fw.example/v2.bin", RETRIEVE, INSTALL, "-----BEGIN CERTIFICATE-----", "c2ln"));

        FirmwareUpdateRequest system = FirmwareMapping.toSystem(ocpp);

        assertEquals(
                new FirmwareUpdateRequest(
                        4,
                        45,
                        17,
                        "https://fw.example/v2.bin",
                        RETRIEVE,
                        INSTALL,
                        "-----BEGIN CERTIFICATE-----",
                        "c2ln"),
                system);
    }

    @Test
    void absent_optional_fields_stay_absent_so_the_charger_default_applies() {
        FirmwareUpdateRequest system = FirmwareMapping.toSystem(
                new UpdateFirmwareRequest(null, null, 1, new FirmwareType("ftp://h/f", RETRIEVE, null, null, null)));

        assertNull(system.retries());
        assertNull(system.retryIntervalS());
        assertNull(system.installTimestamp());
        assertNull(system.signingCertificate());
        assertNull(system.signature());
    }

    @Test
    void zero_ocpp_retries_is_one_system_attempt() {
        FirmwareUpdateRequest system = FirmwareMapping.toSystem(
                new UpdateFirmwareRequest(0, 0, 1, new FirmwareType("ftp://h/f", RETRIEVE, null, null, null)));
        assertEquals(1, system.retries());
        assertEquals(0, system.retryIntervalS());
    }

    @Test
    void a_negative_requestId_is_refused_because_the_system_reads_minus_one_as_no_request() {
        UpdateFirmwareRequest ocpp =
                new UpdateFirmwareRequest(null, null, -1, new FirmwareType("ftp://h/f", RETRIEVE, null, null, null));
        UnmappableValueException e = assertThrows(UnmappableValueException.class, () -> FirmwareMapping.toSystem(ocpp));
        assertEquals("requestId", e.field());
        assertEquals("InvalidValue", e.statusInfo().reasonCode());
    }

    @Test
    void a_system_request_without_retrieve_timestamp_has_no_OCPP_form() {
        FirmwareUpdateRequest system = new FirmwareUpdateRequest(null, null, 1, "ftp://h/f", null, null, null, null);
        UnmappableValueException e = assertThrows(UnmappableValueException.class, () -> FirmwareMapping.toOcpp(system));
        assertEquals("retrieve_timestamp", e.field());
        assertEquals("MissingParam", e.reasonCode());
    }

    @Test
    void every_system_answer_maps_to_the_OCPP_status_of_its_name_and_back() {
        Bijections.assertSameNamesBothWays(
                UpdateFirmwareResponse.class,
                UpdateFirmwareStatusEnumType.class,
                FirmwareMapping::toOcppStatus,
                FirmwareMapping::toSystem);
    }

    @Test
    void the_system_answer_becomes_a_response_without_statusInfo() {
        for (UpdateFirmwareResponse answer : UpdateFirmwareResponse.values()) {
            org.ocppbridge.mappings.ocpp.UpdateFirmwareResponse response = FirmwareMapping.toOcpp(answer);
            assertEquals(answer.name(), response.status().name());
            assertNull(response.statusInfo());
        }
    }

    @Property
    void an_UpdateFirmwareRequest_survives_the_round_trip_through_the_system(
            @ForAll("requests") UpdateFirmwareRequest request) {
        assertEquals(request, FirmwareMapping.toOcpp(FirmwareMapping.toSystem(request)));
    }

    @Provide
    Arbitrary<UpdateFirmwareRequest> requests() {
        Arbitrary<Integer> count =
                Arbitraries.integers().between(0, Integer.MAX_VALUE - 1).injectNull(0.3);
        Arbitrary<Instant> time = Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(80);
        Arbitrary<FirmwareType> firmware = Combinators.combine(
                        text, time, time.injectNull(0.5), text.injectNull(0.5), text.injectNull(0.5))
                .as(FirmwareType::new);
        return Combinators.combine(count, count, Arbitraries.integers().greaterOrEqual(0), firmware)
                .as(UpdateFirmwareRequest::new);
    }
}
