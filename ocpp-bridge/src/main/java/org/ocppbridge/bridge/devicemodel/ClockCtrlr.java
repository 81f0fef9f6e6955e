package org.ocppbridge.bridge.devicemodel;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * ClockCtrlr (Part 2 Appendix 3.1.5; both required by Part 6 TC_B_53): the bridge's time, and where it comes from.
 * The bridge takes the CSMS's time from every BootNotificationResponse and HeartbeatResponse and hands it to the
 * system, so its one time source is Heartbeat; no NTP, GPS or radio clock is the bridge's to offer.
 */
final class ClockCtrlr {

    static final String NAME = "ClockCtrlr";
    static final String TIME_SOURCES = "Heartbeat";

    private final StoredVariables stored;
    private final Clock clock;

    ClockCtrlr(StoredVariables stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    List<Variable> variables() {
        return List.of(
                Variable.readOnly(
                                NAME,
                                "DateTime",
                                null,
                                () -> clock.instant()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                                new Variable.Traits("dateTime", null, null, null, null, false))
                        .varying(),
                // TC_B_53: ReadWrite SequenceList; the only source the bridge has can be the only one in the list.
                stored.readWrite(
                        NAME,
                        "TimeSource",
                        TIME_SOURCES,
                        text -> TIME_SOURCES.equals(text) ? null : "the bridge's only time source is Heartbeat",
                        new Variable.Traits("SequenceList", null, null, null, TIME_SOURCES, true)));
    }
}
