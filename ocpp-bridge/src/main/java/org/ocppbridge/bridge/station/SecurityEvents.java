package org.ocppbridge.bridge.station;

import java.time.Clock;
import java.time.Instant;
import org.ocppbridge.bridge.queue.Retention;
import org.ocppbridge.mappings.SecurityEventType;

/**
 * Raises security events: every event goes to the persisted security log (what GetLog SecurityLog uploads),
 * and the critical ones also to the CSMS as SecurityEventNotification through the durable queue (A04.FR.02).
 * Any thread.
 */
final class SecurityEvents {

    private final Clock clock;
    private final SecurityLog log;
    private final Outbox outbox;

    SecurityEvents(Clock clock, SecurityLog log, Outbox outbox) {
        this.clock = clock;
        this.log = log;
        this.outbox = outbox;
    }

    /**
     * Logs the event and sends it whether or not Part 2 marks it critical: for the changes the CSMS made to the
     * security plane (certificates installed or deleted, the password rotated), which it wants to see.
     */
    void report(SecurityEventType type, String techInfo) {
        Instant now = clock.instant();
        String info = cut(techInfo);
        log.append(now, type.name(), info);
        outbox.enqueue("SecurityEventNotification", type.notification(now, info), Retention.KEEP);
    }

    private static String cut(String techInfo) {
        return techInfo == null || techInfo.length() <= 255 ? techInfo : techInfo.substring(0, 255);
    }

    void raise(SecurityEventType type, String techInfo) {
        Instant now = clock.instant();
        String info = techInfo == null || techInfo.length() <= 255 ? techInfo : techInfo.substring(0, 255);
        log.append(now, type.name(), info);
        if (type.critical()) {
            outbox.enqueue("SecurityEventNotification", type.notification(now, info), Retention.KEEP);
        }
    }
}
