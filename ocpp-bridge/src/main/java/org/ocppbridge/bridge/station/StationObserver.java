package org.ocppbridge.bridge.station;

import org.ocppbridge.mappings.ocpp.BootReasonEnumType;

/**
 * Lifecycle events of the station: logging is one implementation, tests attach a recording one and wait on it.
 * Called on the core thread; implementations return quickly.
 */
public interface StationObserver {

    default void connected() {}

    default void disconnected(String why) {}

    default void bootSent(BootReasonEnumType reason) {}

    default void bootAccepted(int interval) {}

    default void bootFailed(Throwable failure) {}

    /** A notification was sent and acknowledged by the CSMS. */
    default void notificationDelivered(String action, long sequence) {}

    /** A bug or an unexpected failure. */
    default void unexpectedError(String where, Throwable error) {}

    StationObserver NONE = new StationObserver() {};
}
