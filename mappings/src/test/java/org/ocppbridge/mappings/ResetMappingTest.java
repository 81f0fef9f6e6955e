package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.ResetEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetStatusEnumType;
import org.ocppbridge.mappings.system.ResetType;

class ResetMappingTest {

    @Test
    void both_timings_ask_for_an_unspecified_depth() {
        for (ResetEnumType type : ResetEnumType.values()) {
            assertEquals(ResetType.NotSpecified, ResetMapping.toSystem(type));
            assertEquals(ResetType.NotSpecified, ResetMapping.toSystem(new ResetRequest(type, null)));
        }
    }

    @Test
    void soft_and_hard_are_never_sent() {
        for (ResetType depth : ResetType.values()) {
            boolean produced = false;
            for (ResetEnumType type : ResetEnumType.values()) {
                produced |= ResetMapping.toSystem(type) == depth;
            }
            assertEquals(depth == ResetType.NotSpecified, produced, depth.name());
        }
    }

    @Test
    void B11_an_accepted_reset_runs_now_and_is_not_scheduled() {
        for (ResetEnumType type : ResetEnumType.values()) {
            assertEquals(
                    Optional.of(new SystemReset(ResetType.NotSpecified, false)),
                    ResetMapping.command(new ResetRequest(type, null), ResetStatusEnumType.Accepted));
        }
    }

    @Test
    void B12FR01_an_OnIdle_reset_answered_Scheduled_tells_the_system_it_waited() {
        assertEquals(
                Optional.of(new SystemReset(ResetType.NotSpecified, true)),
                ResetMapping.command(new ResetRequest(ResetEnumType.OnIdle, null), ResetStatusEnumType.Scheduled));
    }

    @Test
    void a_rejected_reset_runs_nothing_whatever_it_asked() {
        for (ResetEnumType type : ResetEnumType.values()) {
            assertEquals(
                    Optional.empty(), ResetMapping.command(new ResetRequest(type, null), ResetStatusEnumType.Rejected));
            assertEquals(
                    Optional.empty(), ResetMapping.command(new ResetRequest(type, 1), ResetStatusEnumType.Rejected));
        }
    }

    @Test
    void TC_B_22_an_Immediate_reset_answered_Scheduled_is_a_caller_error() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ResetMapping.command(
                        new ResetRequest(ResetEnumType.Immediate, null), ResetStatusEnumType.Scheduled));
    }

    @Test
    void TC_B_28_B11FR09_an_EVSE_reset_is_refused_with_UnknownEvse_for_the_Rejected_response() {
        for (ResetEnumType type : ResetEnumType.values()) {
            ResetRequest request = new ResetRequest(type, 1);
            UnmappableValueException e =
                    assertThrows(UnmappableValueException.class, () -> ResetMapping.toSystem(request));
            assertEquals("evseId", e.field());
            assertEquals("UnknownEvse", e.statusInfo().reasonCode());
            assertThrows(
                    UnmappableValueException.class, () -> ResetMapping.command(request, ResetStatusEnumType.Accepted));
        }
    }
}
