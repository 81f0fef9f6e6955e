package org.ocppbridge.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * What the simulator knows about one station identity across all its connections: the registration status the
 * simulator last gave it and the message ids it has used. Thread-safe (all methods synchronized).
 */
final class StationRegistration {

    /** The registration status of the last BootNotificationResponse sent, NONE before the first. */
    enum Status {
        NONE,
        PENDING,
        REJECTED,
        ACCEPTED
    }

    private final Set<String> usedCallIds = new HashSet<>();
    private final Set<String> allowedWhilePending = new HashSet<>();
    private Status status = Status.NONE;
    private Instant nextBootNotBefore = Instant.MIN;

    /** Records a CALL id; false when the station already used it (ER §4.2: unique per identity, across connections). */
    synchronized boolean useCallId(String messageId) {
        return usedCallIds.add(messageId);
    }

    synchronized Status status() {
        return status;
    }

    /** The simulator answered a BootNotification with this status and interval, at this time. */
    synchronized void bootAnswered(Status newStatus, int intervalSeconds, Instant sentAt) {
        status = newStatus;
        allowedWhilePending.clear();
        nextBootNotBefore = newStatus == Status.ACCEPTED || intervalSeconds <= 0
                ? Instant.MIN
                : sentAt.plus(Duration.ofSeconds(intervalSeconds));
    }

    /** The earliest time a next BootNotification may come after a Pending or Rejected answer (B03.FR.06). */
    synchronized Instant nextBootNotBefore() {
        return nextBootNotBefore;
    }

    /** While Pending, the CSMS asked for this message (TriggerMessage, GetBaseReport → NotifyReport). */
    synchronized void allowWhilePending(String action) {
        allowedWhilePending.add(action);
    }

    synchronized boolean isAllowedWhilePending(String action) {
        return allowedWhilePending.contains(action);
    }
}
