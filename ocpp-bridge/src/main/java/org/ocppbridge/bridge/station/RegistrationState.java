package org.ocppbridge.bridge.station;

/** Where the station stands with the CSMS on the current connection (B01–B03). */
public enum RegistrationState {
    /** No connection. */
    DISCONNECTED,
    /** Connected; a BootNotification is on its way or waits for its answer. */
    BOOTING,
    /** The CSMS answered Pending (B02). */
    PENDING,
    /** The CSMS answered Rejected (B03). */
    REJECTED,
    /** The CSMS answered Accepted (B01): everything may flow. */
    ACCEPTED
}
