package org.ocppbridge.mappings;

import java.util.List;
import java.util.Optional;
import org.ocppbridge.mappings.ocpp.ResetEnumType;
import org.ocppbridge.mappings.ocpp.ResetRequest;
import org.ocppbridge.mappings.ocpp.ResetStatusEnumType;
import org.ocppbridge.mappings.system.ResetType;

/**
 * Reset (B11, B12): the CSMS's request to the system's {@code is_reset_allowed(type)} and
 * {@code reset(type, scheduled)}.
 *
 * <p><b>Timing is not depth.</b> OCPP 2.0.1's Immediate/OnIdle says <i>when</i> the station restarts; the system's
 * Soft/Hard says <i>how deep</i>. OCPP 2.0.1 dropped 1.6's Soft/Hard, so a Reset carries no depth, and inventing
 * one (Immediate → Hard, say) would claim a meaning the CSMS did not send. Both values become
 * {@link ResetType#NotSpecified}: the charger picks the restart that brings it back clean. The timing stays with
 * the bridge: an OnIdle reset during a transaction is answered Scheduled and waits (B12.FR.01), and the system
 * learns that it waited through {@code scheduled = true}. EVerest's OCPP 2.0.1 module does the same; a proposal
 * to map OnIdle → Soft and Immediate → Hard was not merged. Soft and Hard are therefore never sent.
 *
 * <p><b>EVSE resets.</b> The system's {@code reset} has no EVSE argument, so a Reset with {@code evseId} is
 * refused (the handler answers Rejected, as TC_B_28/29 expect of a station without per-EVSE reset;
 * B11.FR.09, B12.FR.09), with reasonCode UnknownEvse: the bridge reports no EVSEs, so the one it is asked about is
 * unknown to it.
 */
public final class ResetMapping {

    /** The rows of the README table for {@link #toSystem(ResetRequest)} and {@link #command}. */
    public static final List<FieldRule> FIELDS = List.of(
            new FieldRule("type", "type", "value by value, below: always NotSpecified"),
            new FieldRule(
                    "type, and our ResetResponse.status",
                    "scheduled",
                    "true only when we answered Scheduled "
                            + "(OnIdle during a transaction) and the reset waited; Accepted → false"),
            new FieldRule(
                    "evseId",
                    FieldRule.NONE,
                    "refused: the system resets the whole station "
                            + "(answer Rejected, UnknownEvse; B11.FR.09 / B12.FR.09)"));

    private ResetMapping() {}

    /** The depth for a timing: always {@link ResetType#NotSpecified} (see the class comment). */
    public static ResetType toSystem(ResetEnumType type) {
        return switch (type) {
            case Immediate -> ResetType.NotSpecified;
            case OnIdle -> ResetType.NotSpecified;
        };
    }

    /**
     * The type to ask {@code is_reset_allowed} about.
     *
     * @throws UnmappableValueException when the request names an EVSE
     */
    public static ResetType toSystem(ResetRequest request) {
        if (request.evseId() != null) {
            // B11.FR.09 / B12.FR.09: Rejected. The bridge is a station without EVSEs, so any evseId names an EVSE it
            // does not know: Part 2 Appendix 5's UnknownEvse, not the generic UnsupportedParam.
            throw new UnmappableValueException(
                    "evseId", "UnknownEvse", "the station has no EVSEs; it resets as a whole");
        }
        return toSystem(request.type());
    }

    /**
     * The {@code reset} command to run once the response has gone out; empty when we answered Rejected.
     *
     * @param answered the status of the ResetResponse we sent
     * @throws UnmappableValueException when the request names an EVSE and was not Rejected
     * @throws IllegalArgumentException when an Immediate reset was answered Scheduled, which TC_B_22_CS rules out
     */
    public static Optional<SystemReset> command(ResetRequest request, ResetStatusEnumType answered) {
        return switch (answered) {
            case Rejected -> Optional.empty();
            case Accepted -> Optional.of(new SystemReset(toSystem(request), false));
            case Scheduled -> {
                if (request.type() == ResetEnumType.Immediate) {
                    throw new IllegalArgumentException(
                            "an Immediate reset is answered Accepted, not Scheduled (TC_B_22_CS)");
                }
                yield Optional.of(new SystemReset(toSystem(request), true));
            }
        };
    }
}
