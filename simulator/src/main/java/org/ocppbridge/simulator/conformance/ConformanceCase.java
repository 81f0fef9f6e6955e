package org.ocppbridge.simulator.conformance;

import java.util.List;

/**
 * One official test case (Part 6, as amended by the 2023-12 errata) or one OCPP-J framing case, scripted against
 * a station over the wire. A case fails by throwing {@link CaseFailure} (or an {@link AssertionError} from the
 * recorder) whose message names the rule the station broke.
 */
public interface ConformanceCase {

    /** The case id, e.g. {@code TC_L_01_CS}: the name printed in PASS/FAIL lines and accepted by --only. */
    String id();

    /** One line: what the case checks, and how it was adapted to a station without EVSEs where it was. */
    String title();

    /**
     * Whether the case needs to start the station itself (a fresh boot, a controlled first BootNotification
     * answer, or launch flags). Such cases run in launch mode only.
     */
    default boolean needsLaunch() {
        return false;
    }

    /** Whether the runner brings the station to the Booted state (P6 §2.18) before {@link #run}. */
    default boolean startsBooted() {
        return true;
    }

    /** The security profile the runner serves this case with; a profile other than NONE means launch mode. */
    default CaseSecurity security() {
        return CaseSecurity.NONE;
    }

    /** Runs before the station is launched, e.g. to plan the first BootNotification answer. */
    default void prepare(CaseContext context) {}

    /** Extra launch flags for this case, e.g. an install command that fails (TC_L_08). */
    default List<String> stationFlags(CaseFiles files) {
        return List.of();
    }

    /** Runs the scenario; returns normally when the station passed. */
    void run(CaseContext context) throws Exception;
}
