package org.ocppbridge.bridge.station;

import java.time.Instant;

/** Where security events are kept for GetLog SecurityLog. Any thread. */
@FunctionalInterface
public interface SecurityLog {
    void append(Instant timestamp, String type, String techInfo);
}
