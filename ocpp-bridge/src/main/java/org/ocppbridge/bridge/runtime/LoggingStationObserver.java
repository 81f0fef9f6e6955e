package org.ocppbridge.bridge.runtime;

import org.ocppbridge.bridge.station.StationObserver;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the station's lifecycle to the log. */
public final class LoggingStationObserver implements StationObserver {

    private static final Logger log = LoggerFactory.getLogger("org.ocppbridge.bridge.station");

    @Override
    public void connected() {
        log.info("Connected to the CSMS");
    }

    @Override
    public void disconnected(String why) {
        log.info("Disconnected: {}", why);
    }

    @Override
    public void bootSent(BootReasonEnumType reason) {
        log.info("BootNotification sent, reason {}", reason);
    }

    @Override
    public void bootAccepted(int interval) {
        log.info("BootNotification Accepted, heartbeat interval {} s", interval);
    }

    @Override
    public void bootFailed(Throwable failure) {
        log.warn("BootNotification failed: {}", failure.getMessage());
    }

    @Override
    public void notificationDelivered(String action, long sequence) {
        log.debug("{} #{} delivered", action, sequence);
    }

    @Override
    public void unexpectedError(String where, Throwable error) {
        log.error("Unexpected error in {}", where, error);
    }
}
