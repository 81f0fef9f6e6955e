package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetriesAndRequestIdsTest {

    @Property
    void ocpp_retries_plus_the_first_attempt_are_the_system_attempts(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int retries) {
        assertEquals(retries + 1, Retries.attemptsFromRetries(retries));
        assertEquals(retries, Retries.retriesFromAttempts(Retries.attemptsFromRetries(retries)));
    }

    @Test
    void absent_retries_stay_absent_both_ways() {
        assertNull(Retries.attemptsFromRetries(null));
        assertNull(Retries.retriesFromAttempts(null));
    }

    @Test
    void the_largest_retry_count_saturates_instead_of_overflowing() {
        assertEquals(Integer.MAX_VALUE, Retries.attemptsFromRetries(Integer.MAX_VALUE));
    }

    @Property
    void a_non_negative_request_id_crosses_unchanged(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int id) {
        assertEquals(id, RequestIds.requestToSystem(id));
        assertEquals(id, RequestIds.statusToOcpp(id));
        assertEquals(id, RequestIds.statusToSystem(id));
    }

    @Property
    void a_negative_request_id_is_refused_going_in_and_absent_coming_out(
            @ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int id) {
        UnmappableValueException e = assertThrows(UnmappableValueException.class, () -> RequestIds.requestToSystem(id));
        assertEquals("requestId", e.field());
        assertNull(RequestIds.statusToOcpp(id));
    }

    @Test
    void an_absent_status_request_id_becomes_the_system_marker() {
        assertEquals(-1, RequestIds.statusToSystem(null));
    }

    @Test
    void a_refusal_statusInfo_stays_within_the_schema_limits() {
        UnmappableValueException e = new UnmappableValueException("f", "InvalidValue", "x".repeat(600));
        assertEquals(512, e.statusInfo().additionalInfo().length());
        assertEquals("InvalidValue", e.statusInfo().reasonCode());
    }
}
